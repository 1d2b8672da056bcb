package org.crosscheck.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation in one linear pass (no regular expressions,
 * so no input can make it backtrack). Hyphenated words stay whole ("US-led", "twenty-three",
 * "12-year-old", "30-40") because their parts mean something different alone; a possessive
 * "'s" becomes its own token so that "Syria's Mayadin" still names Syria.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || (c == '-' && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && (i == from || Character.isWhitespace(text.charAt(i - 1))))) {
                int end = wordEnd(text, i, to);
                int possessive = possessiveStart(text, i, end);
                if (possessive > i) {
                    out.add(word(text, i, possessive));
                    out.add(new Token(text.substring(possessive, end), "'s", possessive, end, Token.Kind.PUNCT));
                } else {
                    out.add(word(text, i, end));
                }
                i = end;
            } else if (isQuote(c)) {
                out.add(new Token(String.valueOf(c), "\"", i, i + 1, Token.Kind.QUOTE));
                i++;
            } else {
                out.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1, Token.Kind.PUNCT));
                i++;
            }
        }
        return out;
    }

    private static Token word(String text, int start, int end) {
        String t = text.substring(start, end);
        // a trailing period belongs to the word only for abbreviations; the splitter decided that,
        // so here we keep "U.S." whole but drop a lone final period of an ordinary word.
        Token.Kind kind = Character.isDigit(t.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.WORD;
        return new Token(t, t.toLowerCase(java.util.Locale.ROOT), start, end, kind);
    }

    /** A word runs over letters and digits, joined by inner hyphens, dots (U.S.), commas in numbers and apostrophes. */
    private static int wordEnd(String text, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '-' || c == '\u2011' || c == '\'' || c == '\u2019') && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j += 2;
            } else if (c == ',' && j + 3 < to && Character.isDigit(text.charAt(j - 1)) && isDigits(text, j + 1, j + 4)
                    && (j + 4 >= to || !Character.isDigit(text.charAt(j + 4)))) {
                j += 4;
            } else if (c == '.' && j + 1 < to && (Character.isLetter(text.charAt(j + 1)) && Character.isUpperCase(text.charAt(j - 1))
                    || Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1)))) {
                j += 2; // U.S / U.N / 1.5
            } else if (c == '.' && j >= 2 && text.charAt(j - 2) == '.' && Character.isUpperCase(text.charAt(j - 1))) {
                j += 1; // the closing dot of U.S.
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int possessiveStart(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
                && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            return end - 2;
        }
        return -1;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
    }
}
