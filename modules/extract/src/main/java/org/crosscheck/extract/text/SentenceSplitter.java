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

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                splitParagraph(text, lineStart, lineEnd, paragraph, out);
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i, to)) {
                int end = i + 1;
                while (end < to && (Tokenizer.isQuote(text.charAt(end)) || text.charAt(end) == ')')) {
                    end++;
                }
                add(text, start, end, paragraph, out);
                start = skipSpace(text, end, to);
                i = start;
            } else {
                i++;
            }
        }
        if (start < to) {
            add(text, start, trimEnd(text, start, to), paragraph, out);
        }
    }

    private boolean endsSentence(String text, int sentenceStart, int dot, int to) {
        int next = dot + 1;
        while (next < to && (Tokenizer.isQuote(text.charAt(next)) || text.charAt(next) == ')')) {
            next++;
        }
        if (next < to && !Character.isWhitespace(text.charAt(next))) {
            return false; // 1.5, U.S.-led, a URL
        }
        int after = skipSpace(text, next, to);
        if (after < to) {
            char following = text.charAt(after);
            if (Character.isLowerCase(following)) {
                return false;
            }
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot + 1);
        while (!word.isEmpty() && (Tokenizer.isQuote(word.charAt(0)) || word.charAt(0) == '(')) {
            word = word.substring(1);
        }
        if (abbreviations.contains(word)) {
            return false;
        }
        // an initial such as "J." in "J. Smith"
        return !(word.length() == 2 && Character.isUpperCase(word.charAt(0)));
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        if (end > start) {
            out.add(new Sentence(start, end, paragraph, Tokenizer.tokenize(text, start, end)));
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
