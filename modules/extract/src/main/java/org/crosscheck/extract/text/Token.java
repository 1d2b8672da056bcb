package org.crosscheck.extract.text;

import java.util.Locale;

/**
 * One token of a sentence. Offsets are UTF-16 indices into the segment the sentence came from
 * (the title or the body), so evidence spans can point back into the article.
 *
 * <p>A token is a view of the segment: its text is copied out only when asked for, and its
 * lower-case form is the word table's own String for a word some list knows (see {@link WordMasks})
 * and made on first use otherwise. Most tokens of an article are only ever compared with a few
 * words, which {@link #is} does through the lower-case hash without making either String.
 */
public final class Token {

    public enum Kind { WORD, NUMBER, PUNCT, QUOTE }

    private final String source;
    private final int start;
    private final int end;
    private final Kind kind;
    private final int mask;
    /** {@code lower().hashCode()}, known from the start. */
    private final int hash;
    /** {@code lower().indexOf('-')}, known from the start: figures and dates look for "twenty-three" and "mid-July". */
    private final int hyphen;
    /** The word's id in the word table (see {@link WordMasks#idOf}), or -1 for a word no list knew when the token was made. */
    private final int id;
    /** {@link WordMasks#version()} when the token was made: a word known by then has its id. */
    private final int made;
    private String text;
    /** Null only for an ASCII word or mark no list knows, until first asked for. */
    private String lower;

    Token(String source, int start, int end, Kind kind, String text, String lower, int hash, int hyphen, int mask, int id, int made) {
        this.id = id;
        this.made = made;
        this.source = source;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.text = text;
        this.lower = lower;
        this.hash = hash;
        this.hyphen = hyphen;
        // the shape bits (see WordMasks.NUMBER) go with the word's own
        this.mask = mask | (kind == Kind.NUMBER ? WordMasks.NUMBER : 0) | (hyphen > 0 ? WordMasks.HYPHENATED : 0);
    }

    // the accessors and is() are kept small so that the JIT inlines them at every call site; the
    // rarer work is in separate methods

    public String text() {
        String t = text;
        return t != null ? t : makeText();
    }

    private String makeText() {
        String t = source.substring(start, end);
        text = t;
        return t;
    }

    public String lower() {
        String l = lower;
        return l != null ? l : makeLower();
    }

    private String makeLower() {
        String l = text().toLowerCase(Locale.ROOT);
        lower = l;
        return l;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Kind kind() {
        return kind;
    }

    public int mask() {
        return mask;
    }

    /** The word's id in the word table, or -1 (see {@link WordMasks#idOf}). */
    public int wordId() {
        return id;
    }

    /**
     * {@link WordMasks#version()} when the token was made. A word that was in the table by then has
     * its {@link #wordId}; so a token with no id made at a later version than a word set was built
     * is no word of that set.
     */
    public int madeAt() {
        return made;
    }

    /** The hash of {@link #lower()}, for lookups that need not make the String. */
    public int lowerHash() {
        return hash;
    }

    /**
     * Whether this word can start an entry of the list that owns {@code bit} (see {@link WordMasks}),
     * or has a shape bit ({@link WordMasks#NUMBER}, {@link WordMasks#HYPHENATED}) asked for.
     */
    public boolean mayStart(int bit) {
        return (mask & bit) != 0;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT || kind == Kind.QUOTE;
    }

    /**
     * Whether the lower-case form is {@code lowerText} (not null): mostly settled by a hash compare
     * or, for a known word, by identity, since it carries the word table's copy, the interned String
     * that literals and lists' words also are.
     */
    public boolean is(String lowerText) {
        // kept within the JIT's 35-byte limit for inlining at call sites it does not count as hot:
        // hundreds of sites call this, most of them once per candidate word rather than in a loop
        return hash == lowerText.hashCode() && (lower == lowerText || sameLower(lowerText));
    }

    /** Whether this is a possessive ending: "'s", or the bare apostrophe after a plural ("the militants'", "Rights'"). */
    public boolean possessive() {
        int h = hash; // most tokens are none of the three: one look at the hash tells
        return (h == POSSESSIVE_HASH || h == APOSTROPHE_HASH || h == CLOSING_QUOTE_HASH) && (is("'s") || is("'") || is("\u2019"));
    }

    private static final int POSSESSIVE_HASH = "'s".hashCode();
    private static final int APOSTROPHE_HASH = "'".hashCode();
    private static final int CLOSING_QUOTE_HASH = "\u2019".hashCode();

    private boolean sameLower(String lowerText) {
        String l = lower;
        return l != null ? l.equals(lowerText) : WordMasks.equalsLowerAscii(lowerText, source, start, end);
    }

    /** Whether the lower-case form starts with {@code lowerPrefix}, made without the lower-case String where it can be. */
    public boolean startsWithLower(String lowerPrefix) {
        String l = lower;
        if (l != null) {
            return l.startsWith(lowerPrefix);
        }
        int n = lowerPrefix.length();
        if (n > end - start) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = source.charAt(start + k);
            if (c >= 0x80) {
                return lower().startsWith(lowerPrefix); // outside ASCII, lower-casing may change lengths
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerPrefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text, case and all, is {@code exact}. */
    public boolean textIs(String exact) {
        String t = text;
        if (t != null) {
            return t.equals(exact);
        }
        return exact.length() == end - start && source.startsWith(exact, start);
    }

    /** Index in {@link #lower()} of the first hyphen, or -1. */
    public int hyphenAt() {
        return hyphen;
    }

    /** True for a word that starts with an upper-case letter (proper names, sentence starts). */
    public boolean capitalised() {
        return end > start && Character.isUpperCase(source.charAt(start));
    }

    /**
     * A word that may be part of a person's name: capitalised, or an Arabic name with a lower-case
     * article or particle before a hyphen ("al-Hassan", "el-Sheikh", "ad-Dairi").
     */
    public boolean nameLike() {
        if (capitalised()) {
            return true;
        }
        return hyphen >= 2 && hyphen <= 3 && start + hyphen + 1 < end && Character.isUpperCase(source.charAt(start + hyphen + 1));
    }

    @Override
    public String toString() {
        return "Token[" + text() + " " + kind + " " + start + "-" + end + "]";
    }
}
