package org.crosscheck.extract.text;

/**
 * A fixed set of lower-case words, tested against a token without making the token's lower-case
 * String (see {@link WordMap}). For the small word lists written in code: "the", "were", "percent".
 *
 * <p>Each word is in the word table (see {@link WordMasks}), so a token of it made since the set was
 * built carries the word's id: the test is one bit of {@link #ids}. The extractor asks these sets
 * about every token it looks at, most of which are no word of any set.
 */
public final class WordSet {

    private final WordMap<Boolean> words = new WordMap<>();
    /** One bit per word id of the set's words. */
    private final long[] ids;
    /** The word table's version once every word was in it: tokens made since carry their word's id. */
    private final int version;

    private WordSet(String... lowerWords) {
        int top = 0;
        for (String w : lowerWords) {
            words.put(w, Boolean.TRUE); // puts the word in the word table, which gives it an id
            top = Math.max(top, WordMasks.idOf(w));
        }
        long[] bits = new long[(top >>> 6) + 1];
        for (String w : lowerWords) {
            int id = WordMasks.idOf(w);
            bits[id >>> 6] |= 1L << id;
        }
        this.ids = bits;
        this.version = WordMasks.version();
    }

    public static WordSet of(String... lowerWords) {
        return new WordSet(lowerWords);
    }

    /** Whether the token's lower-case form is one of the words. */
    public boolean contains(Token t) {
        int id = t.wordId();
        if (id >= 0) {
            int slot = id >>> 6;
            return slot < ids.length && (ids[slot] & 1L << id) != 0;
        }
        // a word no list knew when the token was made: one of ours only if the token is older than the set
        return t.madeAt() < version && words.get(t) != null;
    }

    /** Whether the token's text, case and all, is one of the words (so "In" is not "in"). */
    public boolean containsText(Token t) {
        String k = words.keyFor(t);
        return k != null && t.textIs(k);
    }

    /** Whether any of the tokens is one of the words. */
    public boolean anyIn(java.util.List<Token> tokens) {
        return anyIn(tokens, 0, tokens.size());
    }

    /** Whether any of the tokens from {@code from} up to (not including) {@code to} is one of the words. */
    public boolean anyIn(java.util.List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(String lowerWord) {
        return words.get(lowerWord) != null;
    }
}
