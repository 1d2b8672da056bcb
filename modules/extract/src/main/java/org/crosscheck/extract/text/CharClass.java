package org.crosscheck.extract.text;

/**
 * {@link Character}'s tests, answered for ASCII from one table: the tokenizer and the sentence
 * splitter ask several of them about every character of an article, and a table load is cheaper
 * than the general Unicode lookup. Outside ASCII they defer to {@link Character}.
 */
final class CharClass {

    private static final int WHITESPACE = 1;
    private static final int LETTER = 2;
    private static final int DIGIT = 4;
    private static final int UPPER = 8;
    private static final int LOWER = 16;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isWhitespace(c) ? WHITESPACE : 0) | (Character.isLetter(c) ? LETTER : 0)
                    | (Character.isDigit(c) ? DIGIT : 0) | (Character.isUpperCase(c) ? UPPER : 0)
                    | (Character.isLowerCase(c) ? LOWER : 0));
        }
    }

    private CharClass() {
    }

    static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }

    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean isLowerCase(char c) {
        return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }
}
