package org.crosscheck.extract.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.extract.Gazetteer;
import org.crosscheck.extract.Place;
import org.crosscheck.extract.lexicon.PhraseIndex;
import org.crosscheck.extract.text.Tokenizer;

/**
 * Scores the extractor against the labelled corpus. In each passage, predicted and gold claims are
 * paired: first the pairs that agree on a whole claim, then the rest by how many fields agree (at
 * least three), best pairs first; a pair scores a field when that field agrees. A whole claim is
 * right when claimant, count, category, outcome, location, polarity and trend all agree.
 * Precision divides by predicted claims, recall by gold claims, so a missed or an invented claim
 * costs every field.
 */
public final class Evaluation {

    public static final List<String> FIELDS = List.of("claimant", "count", "category", "outcome", "location", "polarity",
            "period", "trend", "perpetrator", "speaker");
    /**
     * The fields a pair's score counts: the speaker is scored but not paired on, as most claims have
     * none and two claims agreeing on a missing speaker say nothing about being the same claim.
     */
    private static final List<String> PAIRED_ON = FIELDS.stream().filter(f -> !f.equals("speaker")).toList();
    private static final List<String> WHOLE = List.of("claimant", "count", "category", "outcome", "location", "polarity", "trend");

    public record Report(FieldScore whole, List<FieldScore> fields, List<String> misses) {

        public String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %9s %9s %9s %8s %8s%n", "field", "precision",
                    "recall", "F1", "correct", "gold"));
            for (FieldScore f : concat()) {
                b.append(String.format(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f %8d %8d%n", f.field(), f.precision(), f.recall(), f.f1(),
                        f.correct(), f.gold()));
            }
            return b.toString();
        }

        private List<FieldScore> concat() {
            List<FieldScore> all = new ArrayList<>();
            all.add(whole);
            all.addAll(fields);
            return all;
        }
    }

    private final Function<Article, List<CasualtyClaim>> extractor;
    private final Gazetteer gazetteer;
    private final Map<String, BiPredicate<CasualtyClaim, GoldClaim>> checks = new LinkedHashMap<>();
    /** What the extractor gave for each field, shown beside a miss so that it can be read without running extract again. */
    private final Map<String, Function<CasualtyClaim, Object>> given = new LinkedHashMap<>();

    public Evaluation(ClaimExtractor extractor) {
        this(extractor::extract, extractor.gazetteer());
    }

    /** Scores whatever {@code extractor} finds in an article; the gazetteer resolves the gold place names. */
    Evaluation(Function<Article, List<CasualtyClaim>> extractor, Gazetteer gazetteer) {
        this.extractor = extractor;
        this.gazetteer = gazetteer;
        checks.put("claimant", (p, g) -> p.getClaimant().getId().equals(g.claimant()));
        checks.put("count", (p, g) -> p.getCount().getLow() == g.low() && Objects.equals(p.getCount().getHigh(), g.high())
                && p.getCount().getQualifier().name().equals(g.qualifier()));
        checks.put("category", (p, g) -> p.getCategory().name().equals(g.category()));
        checks.put("outcome", (p, g) -> p.getOutcome().name().equals(g.outcome()));
        checks.put("location", this::sameLocation);
        checks.put("polarity", (p, g) -> p.getPolarity().name().equals(g.polarity()));
        checks.put("period", (p, g) -> p.getPeriod() == null ? g.periodStart() == null && g.periodEnd() == null
                : Objects.equals(str(p.getPeriod().getStart()), g.periodStart()) && Objects.equals(str(p.getPeriod().getEnd()), g.periodEnd()));
        checks.put("trend", (p, g) -> Objects.equals(p.getTrend() == null ? null : p.getTrend().name(), g.trend()));
        checks.put("perpetrator", (p, g) -> Objects.equals(p.getPerpetrator(), g.perpetrator()));
        checks.put("speaker", (p, g) -> Objects.equals(surname(p.getClaimant().getSpeaker()), surname(g.speaker())));
        given.put("claimant", p -> p.getClaimant().getId());
        given.put("count", p -> p.getCount().getQualifier() + " " + p.getCount().getLow()
                + (p.getCount().getHigh() == null ? "" : "-" + p.getCount().getHigh()));
        given.put("category", CasualtyClaim::getCategory);
        given.put("outcome", CasualtyClaim::getOutcome);
        given.put("location", p -> p.getLocation().getName());
        given.put("polarity", CasualtyClaim::getPolarity);
        given.put("period", p -> p.getPeriod() == null ? null : p.getPeriod().getStart() + ".." + p.getPeriod().getEnd());
        given.put("trend", CasualtyClaim::getTrend);
        given.put("perpetrator", CasualtyClaim::getPerpetrator);
        given.put("speaker", p -> p.getClaimant().getSpeaker());
    }

    public Report run(List<GoldItem> items) {
        int predicted = 0;
        int gold = 0;
        int wholeCorrect = 0;
        Map<String, Integer> correct = new LinkedHashMap<>();
        FIELDS.forEach(f -> correct.put(f, 0));
        List<String> misses = new ArrayList<>();
        for (GoldItem item : items) {
            List<CasualtyClaim> got = extractor.apply(item.article());
            predicted += got.size();
            gold += item.claims().size();
            int[] pairs = pair(item.claims(), got);
            boolean[] paired = new boolean[got.size()];
            for (int i = 0; i < pairs.length; i++) {
                GoldClaim g = item.claims().get(i);
                if (pairs[i] < 0) {
                    misses.add(item.article().getId() + ": missed " + g);
                    continue;
                }
                CasualtyClaim best = got.get(pairs[i]);
                paired[pairs[i]] = true;
                for (String f : FIELDS) {
                    if (checks.get(f).test(best, g)) {
                        correct.merge(f, 1, Integer::sum);
                    }
                }
                if (agreeing(best, g, WHOLE) == WHOLE.size()) {
                    wholeCorrect++;
                } else {
                    misses.add(item.article().getId() + ": wrong " + differences(best, g));
                }
            }
            for (int p = 0; p < got.size(); p++) {
                if (!paired[p]) {
                    misses.add(item.article().getId() + ": invented " + got.get(p).getEvidence().getText());
                }
            }
        }
        List<FieldScore> fields = new ArrayList<>();
        for (String f : FIELDS) {
            fields.add(new FieldScore(f, correct.get(f), predicted, gold));
        }
        return new Report(new FieldScore("whole claim", wholeCorrect, predicted, gold), fields, misses);
    }

    /**
     * For each gold claim the index of the predicted claim paired with it, or -1. Pairs that agree on
     * the whole claim go first, then pairs by the number of agreeing fields: pairing gold claims in
     * text order instead let a first gold claim take, on a few shared fields, the prediction that is
     * exactly the second one, and scored both as misses. Greedy, best pair first: not the assignment
     * that pairs the most, which a passage of a few claims rarely needs.
     */
    private int[] pair(List<GoldClaim> gold, List<CasualtyClaim> got) {
        record Candidate(int gold, int got, boolean whole, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < got.size(); p++) {
                int score = agreeing(got.get(p), gold.get(g), PAIRED_ON);
                if (score >= 3) {
                    boolean whole = agreeing(got.get(p), gold.get(g), WHOLE) == WHOLE.size();
                    candidates.add(new Candidate(g, p, whole, score));
                }
            }
        }
        // stable: among equal candidates the earlier gold claim, then the earlier prediction, wins
        candidates.sort(Comparator.comparing((Candidate c) -> !c.whole()).thenComparing(c -> -c.score()));
        int[] paired = new int[gold.size()];
        java.util.Arrays.fill(paired, -1);
        boolean[] used = new boolean[got.size()];
        for (Candidate c : candidates) {
            if (paired[c.gold()] < 0 && !used[c.got()]) {
                paired[c.gold()] = c.got();
                used[c.got()] = true;
            }
        }
        return paired;
    }

    private int agreeing(CasualtyClaim p, GoldClaim g, List<String> fields) {
        int n = 0;
        for (String f : fields) {
            if (checks.get(f).test(p, g)) {
                n++;
            }
        }
        return n;
    }

    private String differences(CasualtyClaim p, GoldClaim g) {
        List<String> d = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (String f : WHOLE) {
            if (!checks.get(f).test(p, g)) {
                d.add(f);
                got.add(f + "=" + given.get(f).apply(p));
            }
        }
        return d + " in '" + p.getEvidence().getText() + "' got " + String.join(", ", got) + " gold=" + g;
    }

    /**
     * The gold name resolves through the gazetteer; an unknown name is compared by name. A label two places of one
     * country are written as (Hawija's and Diyala's al-Rashad, Haditha's and Diyala's Barwana) is either of them: it
     * names the place, not the data file's row; a place of another country written the same is not.
     */
    private boolean sameLocation(CasualtyClaim p, GoldClaim g) {
        if (g.location() == null) {
            return p.getLocation().getId().equals(Gazetteer.UNKNOWN.id());
        }
        String id = p.getLocation().getId();
        Optional<Place> place = resolve(g.location());
        return place.map(pl -> pl.id().equals(id) || writtenAs(id, g.location(), pl))
                .orElse(p.getLocation().getName().equalsIgnoreCase(g.location()));
    }

    /** Whether the place {@code id}, of the country {@code resolved} is in, has {@code label} as its name or another name. */
    private boolean writtenAs(String id, String label, Place resolved) {
        Optional<Place> p = gazetteer.byId(id);
        return p.isPresent() && gazetteer.countryOf(id).equals(gazetteer.countryOf(resolved.id()))
                && (p.get().name().equalsIgnoreCase(label) || p.get().aliases().stream().anyMatch(a -> a.equalsIgnoreCase(label)));
    }

    private Optional<Place> resolve(String name) {
        var tokens = Tokenizer.tokenize(name, 0, name.length());
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Optional<PhraseIndex.Match<Place>> m = gazetteer.names().at(tokens, 0);
        return m.filter(x -> x.to() == tokens.size()).map(PhraseIndex.Match::value);
    }

    /** A surname compared without case or an Arabic article: the corpus writes "Zoubi" for "al-Zoubi". */
    private static String surname(String speaker) {
        if (speaker == null) {
            return null;
        }
        String s = speaker.toLowerCase(Locale.ROOT);
        int hyphen = s.indexOf('-');
        return hyphen >= 1 && hyphen <= 3 && ARTICLES.contains(s.substring(0, hyphen)) ? s.substring(hyphen + 1) : s;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "ad", "as", "ash", "ar", "an", "at", "az");

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
