package org.crosscheck.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a segment into paragraphs (blank or single line breaks) and sentences. A period ends a
 * sentence unless it closes a known abbreviation ("Maj.", "U.S.") or an initial; the abbreviations
 * come from a data file. Linear in the text length.
 */
public final class SentenceSplitter {

    private final Set<String> abbreviations;
    /** The longest abbreviation: a longer word before a period is none, with no lookup. */
    private final int longestAbbreviation;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.longestAbbreviation = abbreviations.stream().mapToInt(String::length).max().orElse(0);
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        // one copy of the characters for the splitter and the tokenizer, which read each several times
        char[] chars = text.toCharArray();
        Terminators terminators = new Terminators(text);
        int paragraph = 0;
        int lineStart = 0;
        int n = chars.length;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (skipSpace(chars, lineStart, lineEnd) < lineEnd) {
                splitParagraph(text, chars, terminators, lineStart, lineEnd, paragraph, out);
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitParagraph(String text, char[] chars, Terminators terminators, int from, int to, int paragraph,
            List<Sentence> out) {
        int start = skipSpace(chars, from, to);
        int i = start;
        while (i < to) {
            i = terminators.next(i);
            if (i >= to) {
                break;
            }
            if (endsSentence(text, chars, start, i, to)) {
                int end = closingMarksEnd(chars, i + 1, to);
                add(text, chars, start, end, paragraph, out);
                start = skipSpace(chars, end, to);
                i = start;
            } else {
                i++;
            }
        }
        if (start < to) {
            add(text, chars, start, trimEnd(chars, start, to), paragraph, out);
        }
    }

    /**
     * The next '.', '!' or '?' of the text at or after a position. Each of the three is found with
     * {@link String#indexOf(int, int)}, which the JVM vectorises, and looked for again only once the
     * scan has passed it, so the text is read once per mark rather than character by character.
     */
    private static final class Terminators {
        private final String text;
        /** The next position of each mark; -1 once there is none left, and -2 before the first look. */
        private int dot = -2;
        private int exclamation = -2;
        private int question = -2;

        Terminators(String text) {
            this.text = text;
        }

        /** The position of the next mark at or after {@code from}, or {@link Integer#MAX_VALUE}. */
        int next(int from) {
            dot = nextOf('.', dot, from);
            exclamation = nextOf('!', exclamation, from);
            question = nextOf('?', question, from);
            return Math.min(orMax(dot), Math.min(orMax(exclamation), orMax(question)));
        }

        private int nextOf(char mark, int known, int from) {
            return known == -1 || known >= from ? known : text.indexOf(mark, from);
        }

        private static int orMax(int position) {
            return position < 0 ? Integer.MAX_VALUE : position;
        }
    }

    private boolean endsSentence(String text, char[] chars, int sentenceStart, int dot, int to) {
        int next = closingMarksEnd(chars, dot + 1, to);
        if (next < to && !CharClass.isWhitespace(chars[next])) {
            return false; // 1.5, U.S.-led, a URL
        }
        int after = skipSpace(chars, next, to);
        if (after < to) {
            char following = chars[after];
            if (CharClass.isLowerCase(following)) {
                return false;
            }
        }
        if (chars[dot] != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && !CharClass.isWhitespace(chars[wordStart - 1])) {
            wordStart--;
        }
        while (wordStart < dot && (Tokenizer.isQuote(chars[wordStart]) || Tokenizer.isSingleQuote(chars[wordStart]) || chars[wordStart] == '(')) {
            wordStart++;
        }
        if (dot + 1 - wordStart <= longestAbbreviation && abbreviations.contains(text.substring(wordStart, dot + 1))) {
            return false;
        }
        // an initial such as "J." in "J. Smith"
        return !(dot + 1 - wordStart == 2 && CharClass.isUpperCase(chars[wordStart]));
    }

    /**
     * Past the quotation marks and brackets that close a sentence with its last mark ("twice.'",
     * "blood.\u201D)"). A single quote counts only before a space or the end, as one closing a quote
     * does: "U.S.'s" goes on.
     */
    private static int closingMarksEnd(char[] chars, int from, int to) {
        int end = from;
        while (end < to && (Tokenizer.isQuote(chars[end]) || chars[end] == ')'
                || Tokenizer.isSingleQuote(chars[end]) && (end + 1 == to || CharClass.isWhitespace(chars[end + 1])
                        || Tokenizer.isQuote(chars[end + 1])))) {
            end++;
        }
        return end;
    }

    private static void add(String text, char[] chars, int start, int end, int paragraph, List<Sentence> out) {
        if (end > start) {
            addCapped(out, Tokenizer.tokenize(text, chars, start, end), start, end, paragraph);
        }
    }

    /**
     * The most tokens one sentence may hold. No sentence of the project's corpus holds 120; a "sentence" of
     * thousands is no prose but a list, a table run together or hostile input, and reading it whole would make
     * every rule that looks across a sentence cost its length squared.
     */
    public static final int MAX_SENTENCE_TOKENS = 400;

    /** A text read as one sentence, as a headline is, cut as {@link #addCapped} cuts an overlong one. */
    public static List<Sentence> asOneSentence(String text) {
        List<Sentence> out = new ArrayList<>(1);
        addCapped(out, Tokenizer.tokenize(text, 0, text.length()), 0, text.length(), 0);
        return out;
    }

    /**
     * Adds the sentence, or, past {@link #MAX_SENTENCE_TOKENS}, its pieces: each cut after the last comma, colon
     * or semicolon of its second half where there is one, so that clauses stay whole where they can.
     */
    private static void addCapped(List<Sentence> out, List<Token> tokens, int start, int end, int paragraph) {
        if (tokens.size() <= MAX_SENTENCE_TOKENS || !(tokens instanceof TokenList list)) {
            out.add(new Sentence(start, end, paragraph, tokens));
            return;
        }
        int from = 0;
        while (from < tokens.size()) {
            int to = Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS);
            if (to < tokens.size()) {
                for (int k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
                    Token t = tokens.get(k);
                    if (t.is(",") || t.is(";") || t.is(":")) {
                        to = k + 1;
                        break;
                    }
                }
            }
            out.add(new Sentence(tokens.get(from).start(), tokens.get(to - 1).end(), paragraph, list.range(from, to)));
            from = to;
        }
    }

    private static int skipSpace(char[] chars, int i, int to) {
        while (i < to && CharClass.isWhitespace(chars[i])) {
            i++;
        }
        return i;
    }

    private static int trimEnd(char[] chars, int from, int to) {
        while (to > from && CharClass.isWhitespace(chars[to - 1])) {
            to--;
        }
        return to;
    }
}
