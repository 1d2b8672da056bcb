package org.crosscheck.extract.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which word lists a lower-cased word can start an entry of, as one bit per list. The tokenizer
 * stamps each token with its mask (one hash lookup per token), so every later lookup of a token
 * in a list whose bit is not set costs a bit test instead of a hash: most words of an article
 * start nothing, and the extractor looks each token up in a dozen lists.
 *
 * <p>Lists register when they load, before any article is read; a word added later to a list only
 * reaches tokens made after it.
 */
public final class WordMasks {

    private static final Map<String, Integer> MASKS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_BIT = new AtomicInteger();

    private WordMasks() {
    }

    /**
     * A bit for a new list. The first 31 lists get one each; later ones (tests build many) share the
     * last bit, which stays correct: a shared bit only lets more lookups through to the hash map.
     */
    public static int newBit() {
        int bit = NEXT_BIT.getAndIncrement();
        return 1 << Math.min(bit, 31);
    }

    public static void mark(String lowerWord, int bit) {
        MASKS.merge(lowerWord, bit, (a, b) -> a | b);
    }

    public static int of(String lowerWord) {
        Integer m = MASKS.get(lowerWord);
        return m == null ? 0 : m;
    }
}
