package org.crosscheck.extract.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.Tokenizer;

/**
 * Finds multi-word phrases in a token list by hashing on the first token, longest phrase first.
 * An all-capitals phrase ("IS", "UN") matches only in capitals, so the verb "is" is never the
 * Islamic State. Cost per position is the number of phrases sharing a first word, not the lexicon size.
 */
public final class PhraseIndex<V> {

    public record Match<V>(int from, int to, V value) {
    }

    private record Entry<V>(String[] words, boolean caseSensitive, V value) {
    }

    /**
     * The phrases that start with one word: one-word phrases, and longer ones grouped by their
     * second word, so a lookup compares only phrases that share the first two words.
     */
    private static final class Node<V> {
        final List<Entry<V>> single = new ArrayList<>(1);
        final Map<String, List<Entry<V>>> bySecond = new HashMap<>();
    }

    private static final Comparator<Entry<?>> LONGEST_FIRST = Comparator.comparingInt((Entry<?> e) -> e.words.length).reversed();

    private final Map<String, Node<V>> byFirst = new HashMap<>();
    private final int bit = org.crosscheck.extract.text.WordMasks.newBit();

    public void add(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
        if (tokens.isEmpty()) {
            return;
        }
        boolean caseSensitive = isAllCaps(phrase);
        String[] words = tokens.stream().map(t -> caseSensitive ? t.text() : t.lower()).toArray(String[]::new);
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        org.crosscheck.extract.text.WordMasks.mark(first, bit);
        Node<V> node = byFirst.computeIfAbsent(first, k -> new Node<>());
        Entry<V> entry = new Entry<>(words, caseSensitive, value);
        if (words.length == 1) {
            node.single.add(entry);
        } else {
            List<Entry<V>> list = node.bySecond.computeIfAbsent(words[1].toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>());
            list.add(entry);
            list.sort(LONGEST_FIRST);
        }
    }

    /** The longest phrase that starts at {@code i}, if any. */
    public Optional<Match<V>> at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.mayStart(bit)) {
            return Optional.empty();
        }
        Node<V> node = byFirst.get(t.lower());
        if (node == null) {
            return Optional.empty();
        }
        if (i + 1 < tokens.size() && !node.bySecond.isEmpty()) {
            List<Entry<V>> longer = node.bySecond.get(tokens.get(i + 1).lower());
            if (longer != null) {
                for (Entry<V> e : longer) {
                    if (matches(e, tokens, i)) {
                        return Optional.of(new Match<>(i, i + e.words.length, e.value));
                    }
                }
            }
        }
        for (Entry<V> e : node.single) {
            if (matches(e, tokens, i)) {
                return Optional.of(new Match<>(i, i + 1, e.value));
            }
        }
        return Optional.empty();
    }

    /** Whether any phrase starts with this token: a bit test, for candidate finding. */
    public boolean mayStartAt(Token t) {
        return t.mayStart(bit);
    }

    /** Every non-overlapping longest match, left to right. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Match<V>> m = at(tokens, i);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().to();
            } else {
                i++;
            }
        }
        return out;
    }

    private static <V> boolean matches(Entry<V> e, List<Token> tokens, int i) {
        if (i + e.words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.words.length; k++) {
            Token t = tokens.get(i + k);
            String have = e.caseSensitive ? t.text() : t.lower();
            if (!have.equals(e.words[k])) {
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
