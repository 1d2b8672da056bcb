package org.crosscheck.extract.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.TokenList;
import org.crosscheck.extract.text.Tokenizer;
import org.crosscheck.extract.text.WordMap;
import org.crosscheck.extract.text.WordMasks;

/**
 * Finds multi-word phrases in a token list by the first token's word id, longest phrase first.
 * An all-capitals phrase ("IS", "UN") matches only in capitals, so the verb "is" is never the
 * Islamic State. Cost per position is the number of phrases sharing a first word, not the lexicon size.
 */
public final class PhraseIndex<V> {

    public record Match<V>(int from, int to, V value) {
    }

    /**
     * A phrase. {@code known} leading words are the keys it is filed under in its {@link Node},
     * so a lookup that reached it has already compared them.
     */
    private record Entry<V>(String[] words, boolean caseSensitive, V value, int known) {
    }

    /**
     * The phrases that start with one word: one-word phrases, and longer ones grouped by their
     * second word, so a lookup compares only phrases that share the first two words.
     */
    private static final class Node<V> {
        final List<Entry<V>> single = new ArrayList<>(1);
        /** Null until a longer phrase starts with the word: most words start one-word phrases only. */
        WordMap<List<Entry<V>>> bySecond;
    }

    private static final Comparator<Entry<?>> LONGEST_FIRST = Comparator.comparingInt((Entry<?> e) -> e.words.length).reversed();

    /**
     * The phrases by the word table's id of their first word (see {@link WordMasks#idOf}): a token
     * whose mask has this index's bit carries that id, so finding its phrases is one array read.
     */
    @SuppressWarnings("unchecked")
    private Node<V>[] byFirst = new Node[0];
    private final int bit = WordMasks.newBit();
    private boolean longerAfterArticle;

    /**
     * Lets a longer phrase that starts right after a match's article win over it (see {@link #longerInside}):
     * for lists that file names both with and without "the" ("the Syrian Observatory", "Syrian Observatory
     * for Human Rights"); others need not pay for the extra lookup.
     */
    public void preferLongerAfterArticle() {
        longerAfterArticle = true;
    }

    public void add(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
        if (tokens.isEmpty()) {
            return;
        }
        boolean caseSensitive = isAllCaps(phrase);
        // lower-case words are the word table's copies, which tokens of those words carry: comparing is an identity test
        String[] words = tokens.stream().map(t -> caseSensitive ? t.text() : WordMasks.intern(t.lower())).toArray(String[]::new);
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        WordMasks.mark(first, bit);
        int id = WordMasks.idOf(first);
        if (id >= byFirst.length) {
            byFirst = java.util.Arrays.copyOf(byFirst, Math.max(id + 1, byFirst.length * 2));
        }
        Node<V> node = byFirst[id];
        if (node == null) {
            node = new Node<>();
            byFirst[id] = node;
        }
        boolean firstKnown = !caseSensitive && words[0].equals(first);
        if (words.length == 1) {
            node.single.add(new Entry<>(words, caseSensitive, value, firstKnown ? 1 : 0));
        } else {
            String second = words[1].toLowerCase(java.util.Locale.ROOT);
            int known = firstKnown ? (words[1].equals(second) ? 2 : 1) : 0;
            if (node.bySecond == null) {
                node.bySecond = new WordMap<>();
            }
            List<Entry<V>> list = node.bySecond.computeIfAbsent(second, k -> new ArrayList<>());
            list.add(new Entry<>(words, caseSensitive, value, known));
            list.sort(LONGEST_FIRST);
        }
    }

    /** The longest phrase that starts at {@code i}, if any. */
    public Optional<Match<V>> at(List<Token> tokens, int i) {
        return Optional.ofNullable(match(tokens, i));
    }

    /** Whether a phrase starts at {@code i}: {@link #at} without the Optional, for hot loops. */
    public boolean startsAt(List<Token> tokens, int i) {
        return match(tokens, i) != null;
    }

    /** The longest phrase that starts at {@code i}, or null. */
    public Match<V> match(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null; // a rule asked past the sentence's end: no phrase starts there
        }
        Token t = tokens.get(i);
        if (!t.mayStart(bit)) {
            return null;
        }
        // a token with the bit is a known word, so its id is set; the bit may be shared with other indexes
        int id = t.wordId();
        Node<V>[] nodes = byFirst;
        Node<V> node = id >= 0 && id < nodes.length ? nodes[id] : null;
        if (node == null) {
            return null;
        }
        if (node.bySecond != null && i + 1 < tokens.size()) {
            List<Entry<V>> longer = node.bySecond.get(tokens.get(i + 1));
            if (longer != null) {
                for (int k = 0; k < longer.size(); k++) {
                    Entry<V> e = longer.get(k);
                    if (matches(e, tokens, i)) {
                        return new Match<>(i, i + e.words.length, e.value);
                    }
                }
            }
        }
        List<Entry<V>> single = node.single;
        for (int k = 0; k < single.size(); k++) {
            Entry<V> e = single.get(k);
            if (matches(e, tokens, i)) {
                return new Match<>(i, i + 1, e.value);
            }
        }
        return null;
    }

    /** This index's bit in the tokens' masks (see {@link WordMasks}), to test several indexes in one go. */
    public int bit() {
        return bit;
    }

    /** Whether any phrase starts with this token: a bit test, for candidate finding. */
    public boolean mayStartAt(Token t) {
        return t.mayStart(bit);
    }

    /** Every non-overlapping longest match, left to right. Read-only. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> out = List.of();
        int n = tokens.size();
        // most tokens start no phrase of this index: skip them by their mask bit alone
        int i = TokenList.nextMayStart(tokens, bit, 0, n);
        while (i < n) {
            Match<V> m = match(tokens, i);
            if (m != null) {
                m = longerAfterArticle ? longerInside(tokens, m) : m;
                out = append(out, m);
                i = TokenList.nextMayStart(tokens, bit, m.to(), n);
            } else {
                i = TokenList.nextMayStart(tokens, bit, i + 1, n);
            }
        }
        return out;
    }

    /**
     * "The Syrian Observatory for Human Rights": a name listed with its article ("the Syrian
     * Observatory") and a longer one listed without it that runs past its end: the text gives the
     * longer name, so it wins over the one that merely starts first, at the article.
     */
    private Match<V> longerInside(List<Token> tokens, Match<V> m) {
        int k = m.from() + 1;
        if (m.to() - m.from() < 2 || !tokens.get(m.from()).is("the") || !tokens.get(k).mayStart(bit)) {
            return m;
        }
        Match<V> inner = match(tokens, k);
        return inner != null && inner.to() > m.to() ? inner : m;
    }

    /**
     * {@code list} with {@code item} added at the end, for lists that start as {@code List.of()}:
     * a mutable list is made on the first item only, as most sentences hold none.
     */
    public static <T> List<T> append(List<T> list, T item) {
        List<T> out = list.isEmpty() ? new ArrayList<>(4) : list;
        out.add(item);
        return out;
    }

    private static <V> boolean matches(Entry<V> e, List<Token> tokens, int i) {
        if (i + e.words.length > tokens.size()) {
            return false;
        }
        for (int k = e.known; k < e.words.length; k++) {
            Token t = tokens.get(i + k);
            if (e.caseSensitive ? !t.textIs(e.words[k]) : !t.is(e.words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String phrase) {
        boolean letter = false;
        for (int k = 0; k < phrase.length(); k++) {
            char c = phrase.charAt(k);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter && phrase.length() <= 6;
    }
}
