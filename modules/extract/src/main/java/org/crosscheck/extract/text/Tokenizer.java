package org.crosscheck.extract.text;

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
        return tokenize(text, text.toCharArray(), from, to);
    }

    /**
     * As {@link #tokenize(String, int, int)}, reading the characters from {@code chars}, a copy of
     * {@code text} the caller made once for all its sentences: an array read costs less than
     * {@link String#charAt}, and the tokenizer reads every character several times.
     */
    static List<Token> tokenize(String text, char[] chars, int from, int to) {
        // the version first, then the table: the table is then at least as new as the version says
        int version = WordMasks.version();
        TokenList out = new TokenList(Math.max(10, (to - from) / 5), version);
        Words words = new Words(WordMasks.current(), version);
        int i = from;
        // the token of a single quotation mark opened in this sentence and not yet closed, or -1
        int openSingle = -1;
        while (i < to) {
            char c = chars[i];
            if (CharClass.isWhitespace(c)) {
                i++;
            } else if (c < 128 && LOWER_ALNUM[c] != 0) {
                // the common case, a word of ASCII letters and digits, read in one pass; anything
                // else that can continue a word (a hyphen, an apostrophe, U.S., 1,600) goes the general way
                int j = i;
                int hash = 0;
                long packed = 0;
                int lc;
                while (j < to && chars[j] < 128 && (lc = LOWER_ALNUM[chars[j]]) != 0) {
                    hash = 31 * hash + lc;
                    packed = packed << 8 | lc;
                    j++;
                }
                if (j < to && (chars[j] >= 128 || continuesWord(chars, j, to))) {
                    i = appendWord(out, text, chars, i, to, words);
                } else {
                    Token.Kind kind = c <= '9' ? Token.Kind.NUMBER : Token.Kind.WORD;
                    out.append(token(text, i, j, kind, null, null, hash, -1, words.table.findAscii(chars, i, j, hash, packed), words));
                    i = j;
                }
            } else if (CharClass.isLetterOrDigit(c) || (c == '-' && i + 1 < to && CharClass.isLetter(chars[i + 1])
                    && (i == from || CharClass.isWhitespace(chars[i - 1])))) {
                i = appendWord(out, text, chars, i, to, words);
            } else if (isQuote(c)) {
                out.append(fixed(text, i, i + 1, Token.Kind.QUOTE, QUOTE, words));
                i++;
            } else if (isSingleQuote(c) && singleOpens(chars, i, from, to)) {
                if (openSingle >= 0) {
                    retractSetOff(out, text, chars, openSingle, words); // "'terrorists' had been 'neutralised'"
                }
                openSingle = out.size();
                out.append(fixed(text, i, i + 1, Token.Kind.QUOTE, QUOTE, words));
                i++;
            } else if (isSingleQuote(c) && singleCloses(chars, i, from, to, openSingle >= 0,
                    openSingle > 0 && !opensQuotation(out.get(openSingle - 1), true) && out.size() - openSingle <= SET_OFF_WORDS)) {
                openSingle = -1; // or a quotation that opened in a sentence before closes here
                out.append(fixed(text, i, i + 1, Token.Kind.QUOTE, QUOTE, words));
                i++;
            } else {
                out.append(punct(text, chars, i, words));
                i++;
            }
        }
        if (openSingle >= 0) {
            retractSetOff(out, text, chars, openSingle, words);
        }
        return out;
    }

    /**
     * "2,795 'terrorists' had been killed": a word set off in quotes mid-sentence, whose closing mark
     * was taken for a plural's apostrophe, is no quotation still open at the sentence's end or when
     * another opens. A quotation that runs on opens at a sentence's start, after a mark ("He said:
     * 'We ...", "..., 'We ...") or right after "said" or "told"; one opened after any other word is
     * taken back and its mark becomes plain punctuation.
     */
    private static void retractSetOff(TokenList out, String text, char[] chars, int opener, Words words) {
        if (opener > 0 && !opensQuotation(out.get(opener - 1), false)) {
            out.set(opener, punct(text, chars, out.get(opener).start(), words));
        }
    }

    /**
     * A mark, or (unless {@code marksOnly}) a verb of saying, after which a quotation that runs over
     * sentences may open.
     */
    private static boolean opensQuotation(Token before, boolean marksOnly) {
        return before.isPunct() || !marksOnly && (before.is("said") || before.is("says") || before.is("told"));
    }

    /**
     * How many tokens a quotation opened after a word may hold and still close after a plural's "s":
     * "He said 'terrorists' were killed" sets one word off; a long quotation ends with its own mark.
     */
    private static final int SET_OFF_WORDS = 3;

    /**
     * Single quotation marks, as British outlets write quotes ('We ran out of blood,' he said) and
     * set words apart ('neutralised'). The same characters are apostrophes ("don't", "Syria's",
     * "the rebels' positions"), so only a mark standing where a quotation opens or closes is one.
     */
    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    /** A single quote opens a quotation at the sentence's start or after a space or bracket, before a letter or digit. */
    private static boolean singleOpens(char[] chars, int i, int from, int to) {
        if (i + 1 >= to || !CharClass.isLetterOrDigit(chars[i + 1])) {
            return false;
        }
        if (i == from) {
            return true;
        }
        char before = chars[i - 1];
        return CharClass.isWhitespace(before) || before == '(' || before == '\u2014' || before == '"' || before == '\u201C';
    }

    /**
     * A single quote closes a quotation before a space, a mark or the sentence's end: after the
     * quotation's own last mark ("blood,' he said", "twice.'") always; after a word only while a
     * quotation is open in the sentence, and not after a plural's "s" that a lower-case word follows
     * ("'The rebels' positions were hit,' he said": the first mark is the plural's apostrophe) unless
     * the quotation only sets a word or two off ({@code setOff}: "said 'terrorists' were killed").
     */
    static boolean singleCloses(char[] chars, int i, int from, int to, boolean open, boolean setOff) {
        if (i + 1 < to) {
            char after = chars[i + 1];
            if (!CharClass.isWhitespace(after) && ",.;:!?)\u2014\"\u201D".indexOf(after) < 0) {
                return false;
            }
        }
        if (i == from) {
            return false;
        }
        char before = chars[i - 1];
        if (".,!?;:".indexOf(before) >= 0) {
            return true;
        }
        if (!open || !CharClass.isLetterOrDigit(before)) {
            return false;
        }
        if (before != 's' && before != 'S' || setOff) {
            return true;
        }
        int next = i + 1;
        while (next < to && CharClass.isWhitespace(chars[next])) {
            next++;
        }
        return next >= to || !CharClass.isLowerCase(chars[next]);
    }

    /** The word that starts at {@code i}, read the general way, and its possessive if it has one; returns where it ends. */
    private static int appendWord(TokenList out, String text, char[] chars, int i, int to, Words words) {
        int end = wordEnd(chars, i, to);
        int possessive = possessiveStart(chars, i, end);
        if (possessive > i) {
            out.append(word(text, chars, i, possessive, words));
            out.append(fixed(text, possessive, end, Token.Kind.PUNCT, POSSESSIVE, words));
        } else {
            out.append(word(text, chars, i, end, words));
        }
        return end;
    }

    /** The word table as one text reads it, and its version then (see {@link Token#madeAt}). */
    private record Words(WordMasks.Table table, int version) {
    }

    /** Every possessive stands for "'s" and every quotation mark for '"', whatever the character. */
    private static final String POSSESSIVE = "'s";
    private static final String QUOTE = "\"";

    /**
     * A word or number. Its lower-case hash and first hyphen are found here, in the same pass that
     * finds out whether it is ASCII; an ASCII word is then looked up in the word table by its range
     * of the text, so it is neither copied nor lower-cased unless a later step asks for it.
     */
    private static Token word(String text, char[] chars, int start, int end, Words words) {
        Token.Kind kind = CharClass.isDigit(chars[start]) ? Token.Kind.NUMBER : Token.Kind.WORD;
        int hash = 0;
        long packed = 0;
        int hyphen = -1;
        for (int k = start; k < end; k++) {
            char c = chars[k];
            if (c >= 0x80) {
                return nonAscii(text, start, end, kind, words);
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c == '-' && hyphen < 0) {
                hyphen = k - start;
            }
            hash = 31 * hash + c;
            packed = packed << 8 | c; // only read for words of up to eight characters, whose bytes all fit
        }
        return token(text, start, end, kind, null, null, hash, hyphen, words.table.findAscii(chars, start, end, hash, packed), words);
    }

    /**
     * A token whose lower-case form is the table's word at {@code slot}, or one no list knows (slot
     * -1), which then keeps {@code lower} (null: made when first asked for).
     */
    private static Token token(String text, int start, int end, Token.Kind kind, String t, String lower, int hash, int hyphen,
            int slot, Words words) {
        return slot < 0 ? new Token(text, start, end, kind, t, lower, hash, hyphen, 0, -1, words.version)
                : new Token(text, start, end, kind, t, words.table.word(slot), hash, hyphen, words.table.mask(slot), words.table.id(slot), words.version);
    }

    /** A token of a lower-case form already made as a String, looked up once in the table. */
    private static Token token(String text, int start, int end, Token.Kind kind, String t, String lower, int hyphen,
            Words words) {
        return token(text, start, end, kind, t, lower, lower.hashCode(), hyphen, words.table.find(lower), words);
    }

    /** Outside ASCII lower-casing may change a word's length, so the word is lower-cased as a String. */
    private static Token nonAscii(String text, int start, int end, Token.Kind kind, Words words) {
        String t = text.substring(start, end);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        return token(text, start, end, kind, t, lower, lower.indexOf('-'), words);
    }

    /**
     * A punctuation mark: its lower-case form is itself, not lower-cased. An ASCII mark is no letter,
     * so lower-casing keeps it and it is looked up like an ASCII word, without making a String.
     */
    private static Token punct(String text, char[] chars, int i, Words words) {
        char c = chars[i];
        int hyphen = c == '-' ? 0 : -1;
        if (c < 0x80) {
            return token(text, i, i + 1, Token.Kind.PUNCT, null, null, c, hyphen, words.table.findAscii(chars, i, i + 1, c, c), words);
        }
        String t = String.valueOf(c);
        return token(text, i, i + 1, Token.Kind.PUNCT, t, t, hyphen, words);
    }

    private static Token fixed(String text, int start, int end, Token.Kind kind, String lower, Words words) {
        return token(text, start, end, kind, null, lower, -1, words);
    }

    /** For each ASCII letter or digit its lower-case form; 0 for every other character. */
    private static final byte[] LOWER_ALNUM = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            if (CharClass.isLetterOrDigit(c)) {
                LOWER_ALNUM[c] = (byte) Character.toLowerCase(c);
            }
        }
    }

    /**
     * Whether the mark at {@code j}, after a run of letters and digits, continues the word: the
     * cases {@link #wordEnd} joins, tested for one position.
     */
    private static boolean continuesWord(char[] chars, int j, int to) {
        char c = chars[j];
        return switch (c) {
            case '-', '\u2011', '\'', '\u2019' -> j + 1 < to && CharClass.isLetterOrDigit(chars[j + 1]);
            case ',' -> j + 3 < to && CharClass.isDigit(chars[j - 1]) && isDigits(chars, j + 1, j + 4)
                    && (j + 4 >= to || !CharClass.isDigit(chars[j + 4]));
            case '.' -> j + 1 < to && (CharClass.isLetter(chars[j + 1]) && CharClass.isUpperCase(chars[j - 1])
                    || CharClass.isDigit(chars[j - 1]) && CharClass.isDigit(chars[j + 1]))
                    || j >= 2 && chars[j - 2] == '.' && CharClass.isUpperCase(chars[j - 1]);
            default -> false;
        };
    }

    /** A word runs over letters and digits, joined by inner hyphens, dots (U.S.), commas in numbers and apostrophes. */
    private static int wordEnd(char[] chars, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char c = chars[j];
            if (CharClass.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '-' || c == '\u2011' || c == '\'' || c == '\u2019') && j + 1 < to && CharClass.isLetterOrDigit(chars[j + 1])) {
                j += 2;
            } else if (c == ',' && j + 3 < to && CharClass.isDigit(chars[j - 1]) && isDigits(chars, j + 1, j + 4)
                    && (j + 4 >= to || !CharClass.isDigit(chars[j + 4]))) {
                j += 4;
            } else if (c == '.' && j + 1 < to && (CharClass.isLetter(chars[j + 1]) && CharClass.isUpperCase(chars[j - 1])
                    || CharClass.isDigit(chars[j - 1]) && CharClass.isDigit(chars[j + 1]))) {
                j += 2; // U.S / U.N / 1.5
            } else if (c == '.' && j >= 2 && chars[j - 2] == '.' && CharClass.isUpperCase(chars[j - 1])) {
                j += 1; // the closing dot of U.S.
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isDigits(char[] chars, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!CharClass.isDigit(chars[k])) {
                return false;
            }
        }
        return true;
    }

    private static int possessiveStart(char[] chars, int start, int end) {
        if (end - start > 2 && (chars[end - 2] == '\'' || chars[end - 2] == '\u2019')
                && (chars[end - 1] == 's' || chars[end - 1] == 'S')) {
            return end - 2;
        }
        return -1;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
    }
}
