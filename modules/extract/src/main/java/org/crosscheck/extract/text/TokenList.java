package org.crosscheck.extract.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of a sentence, with their word-list masks (see {@link WordMasks}) also kept side by
 * side in an int array. The extractor scans each sentence for a dozen lists; scanning an int array
 * for a list's bit skips the tokens that start nothing without touching them. Read-only once the
 * tokenizer has built it.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

    private Token[] tokens;
    private int[] masks;
    private int size;
    /** Every mask or-ed together: a list whose bit is missing here has no entry in the sentence. */
    private int anyMask;
    private boolean anyQuote;

    /** {@link WordMasks#version()} when the tokens were made: they carry every bit marked up to it. */
    private final int version;

    TokenList(int capacity, int version) {
        tokens = new Token[capacity];
        masks = new int[capacity];
        this.version = version;
    }

    /**
     * Whether the tokens were made at word-table version {@code version} or later, so that every bit
     * marked by then is in their masks. Tokens made before a list marked its words do not carry its
     * bit: a scan by mask would pass over them, so the list's owner tests each token instead.
     */
    public static boolean madeSince(java.util.List<Token> tokens, int version) {
        return tokens instanceof TokenList list && list.version >= version;
    }

    void append(Token t) {
        if (size == tokens.length) {
            int grown = Math.max(8, size * 2);
            tokens = Arrays.copyOf(tokens, grown);
            masks = Arrays.copyOf(masks, grown);
        }
        tokens[size] = t;
        masks[size] = t.mask();
        anyMask |= t.mask();
        anyQuote |= t.kind() == Token.Kind.QUOTE;
        size++;
    }

    /** The tokens from {@code from} to {@code to} as a list of their own, made at the same version. */
    TokenList range(int from, int to) {
        TokenList out = new TokenList(Math.max(1, to - from), version);
        for (int i = from; i < to; i++) {
            out.append(tokens[i]);
        }
        return out;
    }

    /**
     * Replaces a token (the tokenizer taking a mark back as no quotation mark), before the list is
     * handed out: whether any quotation mark is left is counted again.
     */
    @Override
    public Token set(int index, Token t) {
        Token old = get(index);
        tokens[index] = t;
        masks[index] = t.mask();
        anyMask |= t.mask();
        anyQuote = false;
        for (int k = 0; k < size; k++) {
            anyQuote |= tokens[k].kind() == Token.Kind.QUOTE;
        }
        return old;
    }

    @Override
    public Token get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return tokens[index];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * The first index in [from, to) whose token can start an entry of the list owning {@code bit}
     * (see {@link Token#mayStart}), or {@code to} if none can; {@code to} is at most the size.
     * Reads only the mask array for a TokenList, and asks each token otherwise.
     */
    public static int nextMayStart(java.util.List<Token> tokens, int bit, int from, int to) {
        if (tokens instanceof TokenList list) {
            if ((list.anyMask & bit) == 0) {
                return to;
            }
            int[] m = list.masks;
            for (int i = from; i < to; i++) {
                if ((m[i] & bit) != 0) {
                    return i;
                }
            }
            return to;
        }
        for (int i = from; i < to; i++) {
            if (tokens.get(i).mayStart(bit)) {
                return i;
            }
        }
        return to;
    }

    /** Every token's mask or-ed together: a list whose bit is missing has no entry among the tokens. */
    public static int anyMask(java.util.List<Token> tokens) {
        if (tokens instanceof TokenList list) {
            return list.anyMask;
        }
        int any = 0;
        for (Token t : tokens) {
            any |= t.mask();
        }
        return any;
    }

    /** Whether any of the tokens is a quotation mark. */
    public static boolean anyQuote(java.util.List<Token> tokens) {
        if (tokens instanceof TokenList list) {
            return list.anyQuote;
        }
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.QUOTE) {
                return true;
            }
        }
        return false;
    }
}
