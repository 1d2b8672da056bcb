package org.crosscheck.extract.text;

import java.util.function.Function;

/**
 * A map from lower-case words that a {@link Token} looks itself up in without making its
 * lower-case String: the probe uses the token's lower-case hash and {@link Token#is} confirms the
 * word. Open addressing with linear probing. Built while a list loads, then only read: safe to
 * share between threads once built, like a HashMap.
 */
public final class WordMap<V> {

    private String[] keys = new String[8];
    /**
     * Each key's hash beside it, with the low bit set so that 0 marks an empty slot: a probe passes
     * over other words, and stops at an empty slot, without loading a key.
     */
    private int[] hashes = new int[8];
    private Object[] values = new Object[8];
    private int size;
    /**
     * One bit per key, picked by six bits of its mixed hash: a token whose bit is clear is no key,
     * found without touching the table. Most words of an article are in no small word set.
     */
    private long filter;

    public V get(Token t) {
        int i = slotOf(t);
        return i < 0 ? null : value(i);
    }

    /** The key the token's lower-case form equals, or null. */
    public String keyFor(Token t) {
        int i = slotOf(t);
        return i < 0 ? null : keys[i];
    }

    private int slotOf(Token t) {
        int h = t.lowerHash();
        int mixed = WordMasks.spread(h);
        // the filter test alone, small enough for the JIT to inline where it answers most lookups
        return (filter & filterBit(mixed)) == 0 ? -1 : probe(t, h, mixed);
    }

    private int probe(Token t, int h, int mixed) {
        int marked = h | 1;
        int[] hs = hashes;
        int m = hs.length - 1;
        for (int i = mixed & m; ; i = (i + 1) & m) {
            int slot = hs[i];
            if (slot == 0) {
                return -1;
            }
            if (slot == marked && t.is(keys[i])) {
                return i;
            }
        }
    }

    public V get(String lowerWord) {
        int i = slotOf(keys, lowerWord);
        return keys[i] == null ? null : value(i);
    }

    /** Adds or replaces; the key becomes the word table's own copy (see {@link WordMasks#intern}). */
    public void put(String lowerWord, V value) {
        int i = slotOf(keys, lowerWord);
        if (keys[i] == null) {
            keys[i] = WordMasks.intern(lowerWord);
            hashes[i] = lowerWord.hashCode() | 1;
            filter |= filterBit(WordMasks.spread(lowerWord.hashCode()));
            if (++size * 2 > keys.length) {
                values[i] = value;
                grow();
                return;
            }
        }
        values[i] = value;
    }

    public V computeIfAbsent(String lowerWord, Function<String, V> make) {
        V v = get(lowerWord);
        if (v == null) {
            v = make.apply(lowerWord);
            put(lowerWord, v);
        }
        return v;
    }

    /** The top six bits of a mixed hash pick the filter bit; the slot comes from the low bits. */
    private static long filterBit(int mixed) {
        return 1L << (mixed >>> 26);
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
        return (V) values[i];
    }

    private static int slotOf(String[] ks, String word) {
        int h = word.hashCode();
        int m = ks.length - 1;
        for (int i = WordMasks.spread(h) & m; ; i = (i + 1) & m) {
            String k = ks[i];
            if (k == null || k.equals(word)) {
                return i;
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = slotOf(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                hashes[i] = oldKeys[j].hashCode() | 1;
                values[i] = oldValues[j];
            }
        }
    }
}
