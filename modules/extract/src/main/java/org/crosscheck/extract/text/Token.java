package org.crosscheck.extract.text;

/**
 * One token of a sentence. Offsets are UTF-16 indices into the segment the sentence came from
 * (the title or the body), so evidence spans can point back into the article.
 */
public record Token(String text, String lower, int start, int end, Kind kind, int mask) {

    public Token(String text, String lower, int start, int end, Kind kind) {
        this(text, lower, start, end, kind, WordMasks.of(lower));
    }

    /** Whether this word can start an entry of the list that owns {@code bit} (see {@link WordMasks}). */
    public boolean mayStart(int bit) {
        return (mask & bit) != 0;
    }

    public enum Kind { WORD, NUMBER, PUNCT, QUOTE }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT || kind == Kind.QUOTE;
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    /** True for a word that starts with an upper-case letter (proper names, sentence starts). */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
