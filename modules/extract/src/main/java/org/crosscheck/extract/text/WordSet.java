package org.crosscheck.extract.text;

/**
 * A fixed set of lower-case words, tested against a token without making the token's lower-case
 * String (see {@link WordMap}). For the small word lists written in code: "the", "were", "percent".
 */
public final class WordSet {

    private final WordMap<Boolean> words = new WordMap<>();

    private WordSet(String... lowerWords) {
        for (String w : lowerWords) {
            words.put(w, Boolean.TRUE);
        }
    }

    public static WordSet of(String... lowerWords) {
        return new WordSet(lowerWords);
    }

    /** Whether the token's lower-case form is one of the words. */
    public boolean contains(Token t) {
        return words.get(t) != null;
    }

    /** Whether the token's text, case and all, is one of the words (so "In" is not "in"). */
    public boolean containsText(Token t) {
        String k = words.keyFor(t);
        return k != null && t.textIs(k);
    }

    /** Whether any of the tokens is one of the words. */
    public boolean anyIn(java.util.List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
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
