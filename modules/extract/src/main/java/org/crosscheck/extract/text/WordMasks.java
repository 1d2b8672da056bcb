package org.crosscheck.extract.text;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which word lists a lower-cased word can start an entry of, as one bit per list. The tokenizer
 * stamps each token with its mask, so every later lookup of a token in a list whose bit is not set
 * costs a bit test instead of a hash: most words of an article start nothing, and the extractor
 * looks each token up in a dozen lists.
 *
 * <p>The table is looked up by a character range of the text with the lower-case hash the
 * tokenizer computes as it goes, so a word is neither copied nor lower-cased to find its mask, and
 * a known word gets the table's own lower-case String (hash cached) instead of a new one.
 *
 * <p>Each known word also has an id (numbered as words arrive), which a token carries so that a
 * list can find the token's entries by array index.
 *
 * <p>Lists register when they load, before any article is read; a word added later to a list only
 * reaches tokens made after it, and {@link #version()} tells a list whether tokens are that new.
 * Registration is synchronized and changes the table in place; lookups take no lock: every change
 * republishes the table, then the version, through volatile fields, and a reader that reads the
 * version first and the table after sees at least the changes that version counts.
 */
public final class WordMasks {

    /**
     * Open addressing with linear probing, one array per field so that a probe reads flat arrays
     * only: the slot's hash (its low bit set, so that 0 marks an empty slot), then for a word of at
     * most eight characters its characters packed into a long (see {@link #pack}), compared in one
     * step. Only longer words are compared character by character. Growing builds a new table.
     */
    static final class Table {
        final int[] hashes;
        final long[] packed;
        final int[] masks;
        final String[] words;
        final char[][] chars;
        /** Each word's id: numbered in the order words arrive, so an id outlives the table growing. */
        final int[] ids;
        int size;

        private Table(int capacity, int size) {
            hashes = new int[capacity];
            packed = new long[capacity];
            masks = new int[capacity];
            words = new String[capacity];
            chars = new char[capacity][];
            ids = new int[capacity];
            this.size = size;
        }

        /** The slot whose word is {@code chars[start, end)} lower-cased, or -1. ASCII ranges only (see {@link #findAscii}). */
        int findAscii(char[] text, int start, int end, int lowerHash, long lowerPacked) {
            int[] h = hashes;
            int m = h.length - 1;
            int marked = lowerHash | 1;
            boolean shortWord = end - start <= PACKED_CHARS;
            for (int i = spread(lowerHash) & m; ; i = (i + 1) & m) {
                int slot = h[i];
                if (slot == 0) {
                    return -1;
                }
                if (slot == marked && (shortWord ? packed[i] == lowerPacked
                        : words[i].hashCode() == lowerHash && equalsLowerAscii(chars[i], text, start, end))) {
                    return i;
                }
            }
        }

        /** The slot holding {@code word}, or -1 if the table does not have it. */
        int find(String word) {
            int i = slotOf(word);
            return words[i] == null ? -1 : i;
        }

        /** The slot holding {@code word}, or the empty slot where it would go. */
        int slotOf(String word) {
            int h = word.hashCode();
            int m = words.length - 1;
            for (int i = spread(h) & m; ; i = (i + 1) & m) {
                String w = words[i];
                if (w == null || w.hashCode() == h && w.equals(word)) {
                    return i;
                }
            }
        }

        /** A bigger table with every word of this one. */
        Table grown() {
            Table t = new Table(words.length * 2, size);
            for (int i = 0; i < words.length; i++) {
                if (words[i] != null) {
                    t.put(words[i], masks[i], ids[i]);
                }
            }
            return t;
        }

        /** Fills the slot's other fields before its hash: a reader stops at an empty hash, so it never reads a half-made slot. */
        private void put(String word, int mask, int id) {
            int i = slotOf(word);
            packed[i] = pack(word);
            masks[i] = mask;
            ids[i] = id;
            chars[i] = word.toCharArray();
            words[i] = word;
            hashes[i] = word.hashCode() | 1;
        }

        String word(int slot) {
            return words[slot];
        }

        int mask(int slot) {
            return masks[slot];
        }

        int id(int slot) {
            return ids[slot];
        }
    }

    /** The most characters {@link #pack} holds. */
    static final int PACKED_CHARS = 8;

    /**
     * Up to eight ASCII characters, one per byte, the last in the lowest byte: no ASCII word holds a
     * NUL, so two different words of up to eight characters never pack alike. 0 for a word that
     * does not pack (longer, or not ASCII), which no token's packed form equals.
     */
    static long pack(String word) {
        if (word.isEmpty() || word.length() > PACKED_CHARS) {
            return 0;
        }
        long p = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 0x80) {
                return 0;
            }
            p = p << 8 | c;
        }
        return p;
    }

    private static final AtomicInteger NEXT_BIT = new AtomicInteger();
    /**
     * Two bits the tokenizer sets by the token's shape rather than its word: a number, and a word
     * with a hyphen after its first character ("twenty-three", "mid-July"). Scans for figures and
     * dates skip every token without them or a list's bit, reading only the mask array.
     */
    public static final int NUMBER = newBit();
    public static final int HYPHENATED = newBit();
    private static volatile Table table = new Table(1024, 0);
    /** Counts the changes to the table: tokens made at a version carry every bit marked up to it. */
    private static volatile int version;

    private WordMasks() {
    }

    /**
     * A bit for a new list. The first 31 lists get one each; later ones (tests build many) share the
     * last bit, which stays correct: a shared bit only lets more lookups through to the list's own index.
     */
    public static int newBit() {
        int bit = NEXT_BIT.getAndIncrement();
        return 1 << Math.min(bit, 31);
    }

    /**
     * Records that the word can start an entry of the list owning {@code bit}; returns the table's
     * copy of the word. Lists register when they load, before articles are read, so the table is
     * changed in place (a racing reader at worst misses the new word) and republished.
     */
    public static synchronized String mark(String lowerWord, int bit) {
        Table tab = table;
        int at = tab.slotOf(lowerWord);
        if (tab.words[at] != null) {
            tab.masks[at] |= bit;
        } else {
            tab.put(lowerWord.intern(), bit, tab.size);
            if (++tab.size * 2 > tab.words.length) {
                tab = tab.grown();
            }
        }
        table = tab; // volatile write: publishes the change to lock-free readers
        version = version + 1; // after the table: a reader that sees this version then reads a table that has the change
        return tab.words[tab.slotOf(lowerWord)];
    }

    /**
     * The table's copy of a word that some list or word set compares tokens with, added with no
     * bits if new. Tokens of a known word carry this very String, so comparing them with it is an
     * identity test rather than a character compare.
     */
    public static String intern(String lowerWord) {
        return mark(lowerWord, 0);
    }

    public static int of(String lowerWord) {
        Table tab = table;
        int i = tab.slotOf(lowerWord);
        return tab.words[i] == null ? 0 : tab.masks[i];
    }

    /** The id of a lower-case word (see {@link #idOf(String)}), or -1 if no list knows it. */
    public static int idOf(String lowerWord) {
        Table tab = table;
        int i = tab.slotOf(lowerWord);
        return tab.words[i] == null ? -1 : tab.ids[i];
    }

    /**
     * The number of changes made to the table so far. A list that marks its words and then reads
     * this knows that tokens made at this version or later carry its bit (see {@link TokenList#madeSince}).
     */
    public static int version() {
        return version;
    }

    /** The table as it stands: a tokenizer reads it once per text. */
    static Table current() {
        return table;
    }

    /** Whether {@code word} is {@code chars[start, end)} with A-Z lower-cased (the range is ASCII). */
    private static boolean equalsLowerAscii(char[] word, char[] chars, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = chars[k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word[k - start]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is {@code text[start, end)} with A-Z lower-cased (the range is ASCII). */
    static boolean equalsLowerAscii(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word.charAt(k - start)) {
                return false;
            }
        }
        return true;
    }

    static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
