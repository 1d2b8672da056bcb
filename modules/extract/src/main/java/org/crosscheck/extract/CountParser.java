package org.crosscheck.extract;

import java.util.List;
import java.util.Optional;

import org.crosscheck.extract.lexicon.PhraseIndex;
import org.crosscheck.extract.lexicon.Resources;
import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.TokenList;
import org.crosscheck.extract.text.Tokenizer;
import org.crosscheck.extract.text.WordMasks;
import org.crosscheck.extract.text.WordMap;

/**
 * Reads a figure starting at a token: digits ("1,600", "1.5 million"), number words ("one hundred
 * and forty-six"), vague quantities ("dozens of"), a bounding qualifier before it ("at least",
 * "up to") and a range after it ("to 50,000", "30-40", "between ... and ..."). The rules are
 * DESIGN.md's table; the words come from lexicon files.
 */
public final class CountParser {

    private record Quantity(long low, Long high, String qualifier) {
    }

    private enum Bound { AT_LEAST, MORE_THAN, APPROX, AT_MOST, LESS_THAN, EXACT }

    private record NumberAt(long value, int end) {
    }

    private final WordMap<long[]> numberWords = new WordMap<>();
    private final List<String> tensWords = new java.util.ArrayList<>();
    private final PhraseIndex<Quantity> quantities = new PhraseIndex<>();
    private final PhraseIndex<Bound> bounds = new PhraseIndex<>();
    /** Words a figure can begin with besides those above: number words, "a" (a hundred), range openers. */
    private final PhraseIndex<Boolean> starts = new PhraseIndex<>();
    /** The mask bits of the three indexes above: a token with none of them begins no figure in words. */
    private final int startBits;
    /** Every token {@link #mayStartCount} accepts has one of these bits: for scans that skip the rest by mask. */
    private final int candidateBits;
    /**
     * Marks the words without which no figure stands: every number word, and one word of each
     * quantity phrase (its longest: "dozen" of "a dozen"). "a", "at", "in" and "from" start
     * figures but make none alone, and nearly every sentence has one of them.
     */
    private final int coreBit = WordMasks.newBit();
    /** Every figure holds a token with one of these bits (see {@link #mayHoldFigure}). */
    private final int figureBits;
    /** The word table's version once {@link #coreBit} was marked. */
    private final int coreVersion;

    public CountParser() {
        for (String[] r : Resources.rows("/crosscheck/lexicon/numbers.tsv", 3)) {
            long kind = switch (r[2]) {
                case "unit" -> 0;
                case "ten" -> 1;
                case "scale" -> 2;
                default -> throw new IllegalStateException("numbers.tsv: bad kind " + r[2]);
            };
            numberWords.put(r[0], new long[] {Long.parseLong(r[1]), kind});
            WordMasks.mark(r[0], coreBit);
            starts.add(r[0], Boolean.TRUE);
            if (kind == 1) {
                tensWords.add(r[0]);
            }
        }
        for (String w : List.of("a", "between", "from")) {
            starts.add(w, Boolean.TRUE);
        }
        for (String[] r : Resources.rows("/crosscheck/lexicon/quantities.tsv", 4)) {
            quantities.add(r[0], new Quantity(Long.parseLong(r[1]), r[2].isBlank() ? null : Long.parseLong(r[2]), r[3]));
            WordMasks.mark(longestWord(r[0]), coreBit);
        }
        for (String[] r : Resources.rows("/crosscheck/lexicon/qualifiers.tsv", 2)) {
            bounds.add(r[0], Bound.valueOf(r[1]));
        }
        startBits = starts.bit() | quantities.bit() | bounds.bit();
        candidateBits = startBits | WordMasks.NUMBER | WordMasks.HYPHENATED;
        // "twenty-three" is hyphenated, and a number in digits is a number
        figureBits = coreBit | WordMasks.NUMBER | WordMasks.HYPHENATED;
        coreVersion = WordMasks.version();
    }

    /** The phrase's longest word, lower-cased (the last of equals): the one most telling of it. */
    private static String longestWord(String phrase) {
        String longest = "";
        for (Token t : Tokenizer.tokenize(phrase, 0, phrase.length())) {
            if (t.lower().length() >= longest.length()) {
                longest = t.lower();
            }
        }
        return longest;
    }

    /**
     * Whether a figure can stand anywhere in these tokens: whether one of them is a number, a
     * number word or the core word of a quantity phrase. False settles that no figure starts at
     * any of them, so a sentence without one is not scanned token by token. Tokens made before
     * this parser marked its words are always worth the scan.
     */
    public boolean mayHoldFigure(List<Token> tokens) {
        return !TokenList.madeSince(tokens, coreVersion) || (TokenList.anyMask(tokens) & figureBits) != 0;
    }

    /** The mask bits of every token that {@link #mayStartCount} could accept. */
    public int candidateBits() {
        return candidateBits;
    }

    /** True when the token could begin a figure: worth a closer look. Cheap, for candidate finding. */
    public boolean mayStartCount(Token t) {
        return t.kind() == Token.Kind.NUMBER || (t.mask() & startBits) != 0 || t.hyphenAt() > 0 && firstWordOfNumberWord(t);
    }

    /** "twenty-three": a tens word before the hyphen. Checked by prefix, so no substring is made per token. */
    private boolean firstWordOfNumberWord(Token t) {
        int dash = t.hyphenAt();
        for (String tens : tensWords) {
            if (dash == tens.length() && t.startsWithLower(tens)) {
                return true;
            }
        }
        return false;
    }

    public Optional<Count> parse(List<Token> tokens, int i) {
        return Optional.ofNullable(figureAt(tokens, i));
    }

    /** As {@link #parse}, null for no figure: for the extractor's loops, which try many tokens that start none. */
    Count figureAt(List<Token> tokens, int i) {
        PhraseIndex.Match<Bound> bound = bounds.match(tokens, i);
        int start = i;
        if (bound != null) {
            // "more than a dozen", "at least 146"
            Count inner = parseBare(tokens, bound.to());
            if (inner != null && (inner.qualifier().equals("EXACT") || inner.qualifier().equals("APPROX"))) {
                long n = inner.low();
                int end = inner.to();
                Count ceiling = bound.value() == Bound.AT_LEAST || bound.value() == Bound.MORE_THAN ? ceilingAfter(tokens, end) : null;
                long floor = bound.value() == Bound.MORE_THAN ? n + 1 : n;
                if (ceiling != null && floor < ceiling.high()) {
                    // "at least 27 and as many as 64 civilians": a floor and a ceiling, one range
                    return new Count(floor, ceiling.high(), "RANGE", start, ceiling.to());
                }
                return switch (bound.value()) {
                    case AT_LEAST -> new Count(n, null, "AT_LEAST", start, end);
                    case MORE_THAN -> new Count(n + 1, null, "AT_LEAST", start, end);
                    case APPROX -> new Count(n, n, "APPROX", start, end);
                    case AT_MOST -> new Count(Math.min(1, n), n, "AT_MOST", start, end);
                    case LESS_THAN -> new Count(Math.min(1, n - 1), Math.max(0, n - 1), "AT_MOST", start, end);
                    case EXACT -> new Count(n, n, inner.qualifier(), start, end);
                };
            }
            if (inner != null) {
                return new Count(inner.low(), inner.high(), inner.qualifier(), start, inner.to());
            }
            return null;
        }
        return parseBare(tokens, i);
    }

    /** The ceiling set by "and as many as 64", "and up to 64" right at {@code at}, or null. */
    private Count ceilingAfter(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).is("and")) {
            return null;
        }
        PhraseIndex.Match<Bound> bound = bounds.match(tokens, at + 1);
        Count inner = bound != null && bound.value() == Bound.AT_MOST ? parseBare(tokens, bound.to()) : null;
        return inner != null && inner.qualifier().equals("EXACT") ? inner : null;
    }

    /** A figure without a bounding word before it, with its range if one follows; null if none. */
    private Count parseBare(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        if ((t.is("between") || t.is("from")) && i + 1 < tokens.size()) {
            NumberAt a = number(tokens, i + 1);
            String joiner = t.is("between") ? "and" : "to";
            if (a != null && a.end() + 1 < tokens.size() && tokens.get(a.end()).is(joiner)) {
                NumberAt b = number(tokens, a.end() + 1);
                if (b != null && b.value() > a.value()) {
                    return new Count(a.value(), b.value(), "RANGE", i, b.end());
                }
            }
            return null;
        }
        PhraseIndex.Match<Quantity> q = quantities.match(tokens, i);
        if (q != null) {
            Quantity v = q.value();
            return new Count(v.low(), v.high(), v.qualifier(), i, q.to());
        }
        if (t.kind() == Token.Kind.NUMBER && t.hyphenAt() > 0) {
            return dashedRange(t, i);
        }
        NumberAt a = number(tokens, i);
        if (a == null) {
            return null;
        }
        int end = a.end();
        if (end + 1 < tokens.size() && (tokens.get(end).is("to") || tokens.get(end).is("-") || tokens.get(end).is("\u2013"))) {
            NumberAt b = number(tokens, end + 1);
            if (b != null && b.value() > a.value()) {
                return new Count(a.value(), b.value(), "RANGE", i, b.end());
            }
        }
        if (end + 1 < tokens.size() && tokens.get(end).is("or") && (tokens.get(end + 1).is("more") || tokens.get(end + 1).is("so"))) {
            // "9,000 or more": a floor; "40 or so": about that many
            return tokens.get(end + 1).is("more") ? new Count(a.value(), null, "AT_LEAST", i, end + 2)
                    : new Count(a.value(), a.value(), "APPROX", i, end + 2);
        }
        return new Count(a.value(), a.value(), "EXACT", i, end);
    }

    /** "30-40" is one token; "12-year-old" and "300-strong" are not figures. */
    private static Count dashedRange(Token t, int i) {
        // "3,000-4,000": thousands separators on either side
        String[] parts = t.lower().replace(",", "").split("-");
        if (parts.length != 2 || !isDigits(parts[0]) || !isDigits(parts[1])) {
            return null;
        }
        long a = Long.parseLong(parts[0]);
        long b = Long.parseLong(parts[1]);
        return b > a ? new Count(a, b, "RANGE", i, i + 1) : null;
    }

    /** A number in digits or words, with a scale word after it ("1.5 million", "3 million"). */
    NumberAt number(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.NUMBER) {
            String digits = t.lower().replace(",", "");
            if (!isDecimal(digits)) {
                return null;
            }
            double v = Double.parseDouble(digits);
            int end = i + 1;
            if (end < tokens.size()) {
                long[] w = numberWords.get(tokens.get(end));
                if (w != null && w[1] == 2) {
                    v *= w[0];
                    end++;
                }
            }
            if (v != Math.floor(v)) {
                return null;
            }
            return new NumberAt((long) v, end);
        }
        return words(tokens, i);
    }

    /** "one hundred and forty-six", "twenty-three", "a hundred", "two thousand". */
    private NumberAt words(List<Token> tokens, int i) {
        long total = 0;
        long current = 0;
        boolean any = false;
        int j = i;
        if (j + 1 < tokens.size() && (tokens.get(j).is("a") || tokens.get(j).is("one"))) {
            long[] next = numberWords.get(tokens.get(j + 1));
            if (next != null && next[1] == 2 && tokens.get(j).is("a")) {
                current = 1;
                any = true;
                j++;
            }
        }
        while (j < tokens.size()) {
            Token w = tokens.get(j);
            long[] parts = wordValue(w);
            if (parts == null) {
                if (w.is("and") && any && j + 1 < tokens.size() && wordValue(tokens.get(j + 1)) != null
                        && current % 100 == 0 && current > 0) {
                    j++;
                    continue;
                }
                break;
            }
            if (parts[1] == 2) {
                if (!any) {
                    return null;
                }
                current = Math.max(current, 1) * parts[0];
                if (parts[0] >= 1000) {
                    total += current;
                    current = 0;
                }
            } else {
                current += parts[0];
            }
            any = true;
            j++;
        }
        return any ? new NumberAt(total + current, j) : null;
    }

    /** A single word's value and kind, including hyphenated "twenty-three". */
    private long[] wordValue(Token t) {
        long[] v = numberWords.get(t);
        if (v != null) {
            return v;
        }
        if (t.hyphenAt() < 0) {
            return null;
        }
        String w = t.lower();
        int dash = w.indexOf('-');
        if (dash > 0) {
            long[] tens = numberWords.get(w.substring(0, dash));
            long[] unit = numberWords.get(w.substring(dash + 1));
            if (tens != null && unit != null && tens[1] == 1 && unit[1] == 0 && unit[0] < 10) {
                return new long[] {tens[0] + unit[0], 0};
            }
        }
        return null;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDecimal(String s) {
        int dot = s.indexOf('.');
        return dot < 0 ? isDigits(s) : isDigits(s.substring(0, dot)) && isDigits(s.substring(dot + 1));
    }
}
