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
 * <p>Lists register when they load, before any article is read; a word added later to a list only
 * reaches tokens made after it. Registration is synchronized; lookups take no lock: entries are
 * immutable and every change republishes the table through a volatile field.
 */
public final class WordMasks {

    /** A known word: its canonical lower-case form and the bits of the lists it can start. */
    static final class Entry {
        final String word;
        final int hash;
        final int mask;
        /** The word's characters, to compare with a range of a text without String's per-character checks. */
        final char[] chars;

        Entry(String word, int mask) {
            this.word = word;
            this.hash = word.hashCode();
            this.mask = mask;
            this.chars = word.toCharArray();
        }
    }

    /**
     * Open addressing with linear probing. Each slot's hash sits in an int array beside the
     * entries, its low bit set so that 0 marks an empty slot: a probe passes over other words, and
     * stops at an empty slot, without loading an entry.
     */
    private static final class Table {
        final int[] hashes;
        final Entry[] entries;

        Table(int capacity) {
            hashes = new int[capacity];
            entries = new Entry[capacity];
        }
    }

    private static final AtomicInteger NEXT_BIT = new AtomicInteger();
    private static volatile Table table = new Table(1024);
    private static int size;

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

    /** Records that the word can start an entry of the list owning {@code bit}; returns the table's copy of the word. */
    public static synchronized String mark(String lowerWord, int bit) {
        Table tab = table;
        int slot = slotOf(tab, lowerWord);
        Entry old = tab.entries[slot];
        Entry e;
        if (old != null) {
            e = old.mask == (old.mask | bit) ? old : new Entry(old.word, old.mask | bit);
            tab.entries[slot] = e;
        } else {
            e = new Entry(lowerWord.intern(), bit);
            tab.hashes[slot] = e.hash | 1;
            tab.entries[slot] = e;
            if (++size * 2 > tab.entries.length) {
                tab = grow(tab);
            }
        }
        table = tab; // volatile write: publishes the entry to lock-free readers
        return e.word;
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
        Entry e = find(lowerWord);
        return e == null ? 0 : e.mask;
    }

    /** The entry of a lower-case word, or null. */
    static Entry find(String lowerWord) {
        Table tab = table;
        return tab.entries[slotOf(tab, lowerWord)];
    }

    /**
     * The entry whose word is {@code chars[start, end)} lower-cased, or null. Only for ASCII ranges,
     * where lower-casing maps one char to one char; {@code lowerHash} is the hash of that lower-case form.
     */
    static Entry findAscii(char[] chars, int start, int end, int lowerHash) {
        Table tab = table;
        int[] hashes = tab.hashes;
        int m = hashes.length - 1;
        int marked = lowerHash | 1;
        for (int i = spread(lowerHash) & m; ; i = (i + 1) & m) {
            int slot = hashes[i];
            if (slot == 0) {
                return null;
            }
            if (slot == marked) {
                Entry e = tab.entries[i];
                // a concurrent registration may have set the hash before the entry: then the word is not known yet
                if (e == null || e.hash == lowerHash && equalsLowerAscii(e.chars, chars, start, end)) {
                    return e;
                }
            }
        }
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

    /** The slot holding {@code word}, or the empty slot where it would go. */
    private static int slotOf(Table tab, String word) {
        int h = word.hashCode();
        int m = tab.entries.length - 1;
        for (int i = spread(h) & m; ; i = (i + 1) & m) {
            Entry e = tab.entries[i];
            if (e == null || e.hash == h && e.word.equals(word)) {
                return i;
            }
        }
    }

    private static Table grow(Table tab) {
        Table bigger = new Table(tab.entries.length * 2);
        for (Entry e : tab.entries) {
            if (e != null) {
                int i = slotOf(bigger, e.word);
                bigger.hashes[i] = e.hash | 1;
                bigger.entries[i] = e;
            }
        }
        return bigger;
    }

    static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
