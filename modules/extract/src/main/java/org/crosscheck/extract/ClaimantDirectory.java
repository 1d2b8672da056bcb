package org.crosscheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crosscheck.extract.lexicon.PhraseIndex;
import org.crosscheck.extract.lexicon.Resources;

/**
 * Canonical claimants, their aliases, the people who speak for them and the phrases that refer
 * back to them, all from data files, so a user adds a source without touching code.
 */
public final class ClaimantDirectory {

    public static final String OUTLET = "outlet";
    public static final String LOCAL = "local";

    private static volatile ClaimantDirectory standard;

    private final Map<String, Party> parties = new HashMap<>();
    private final PhraseIndex<Mention> mentions = new PhraseIndex<>();

    public ClaimantDirectory(List<String[]> claimantRows, List<String[]> peopleRows, List<String[]> anaphoraRows) {
        this(claimantRows, List.of(), peopleRows, anaphoraRows);
    }

    /**
     * As above, with the sources the list leaves out on purpose ({@code unlisted-sources.tsv}): each
     * speaks as the outlet, under its own name and kind, so that later references can find it.
     */
    public ClaimantDirectory(List<String[]> claimantRows, List<String[]> unlistedRows, List<String[]> peopleRows,
            List<String[]> anaphoraRows) {
        this(claimantRows, unlistedRows, peopleRows, anaphoraRows, List.of());
    }

    /**
     * As above, with each country's government ({@code governments.tsv}: a country's gazetteer id, then a
     * claimant id or an unlisted source's name), which "the interior ministry" of a story set there is.
     */
    public ClaimantDirectory(List<String[]> claimantRows, List<String[]> unlistedRows, List<String[]> peopleRows,
            List<String[]> anaphoraRows, List<String[]> governmentRows) {
        mentions.preferLongerAfterArticle(); // "the Syrian Observatory" and "Syrian Observatory for Human Rights" are both listed
        for (String[] r : claimantRows) {
            Party p = new Party(r[0], r[1], r[2]);
            parties.put(p.id(), p);
        }
        parties.putIfAbsent(OUTLET, new Party(OUTLET, "the outlet", "outlet"));
        // parties and people go in before the later references: on an equal-length tie the
        // earlier entry wins, so "the Observatory" is SOHR by name, not a reference back
        for (String[] r : claimantRows) {
            Party p = parties.get(r[0]);
            mentions.add(p.name(), new Mention.OfParty(p));
            for (String alias : r[3].split("\\|")) {
                if (!alias.isBlank()) {
                    mentions.add(alias.strip(), new Mention.OfParty(p));
                }
            }
        }
        Map<String, Party> unlisted = new HashMap<>();
        for (String[] r : unlistedRows) {
            Mention.OfParty source = new Mention.OfParty(new Party(OUTLET, r[0], r[1]));
            unlisted.put(r[0], source.party());
            mentions.add(r[0], source);
            for (String alias : r[2].split("\\|")) {
                if (!alias.isBlank()) {
                    mentions.add(alias.strip(), source);
                }
            }
        }
        for (String[] r : peopleRows) {
            Party p = parties.get(r[1]);
            if (p == null) {
                throw new IllegalStateException("people.tsv: '" + r[0] + "' speaks for unknown claimant '" + r[1] + "'");
            }
            mentions.add(r[0], new Mention.OfPerson(p, r[2]));
        }
        for (String[] r : anaphoraRows) {
            mentions.add(r[0], new Mention.Anaphor(r[0], Set.of(r[1].split("\\|"))));
        }
        for (String[] r : governmentRows) {
            Party government = parties.containsKey(r[1]) ? parties.get(r[1]) : unlisted.get(r[1]);
            if (government == null) {
                throw new IllegalStateException("governments.tsv: '" + r[1] + "', the government of '" + r[0]
                        + "', is neither a claimant id nor an unlisted source");
            }
            governments.put(r[0], government);
        }
    }

    private final Map<String, Party> governments = new HashMap<>();

    /** The government of a country, by its gazetteer id: a listed claimant or an unlisted source. */
    public Optional<Party> governmentOf(String countryId) {
        return Optional.ofNullable(countryId == null ? null : governments.get(countryId));
    }

    public static ClaimantDirectory standard() {
        ClaimantDirectory d = standard;
        if (d == null) {
            synchronized (ClaimantDirectory.class) {
                if (standard == null) {
                    standard = new ClaimantDirectory(Resources.rows("/crosscheck/claimants.tsv", 4),
                            Resources.rows("/crosscheck/unlisted-sources.tsv", 3),
                            Resources.rows("/crosscheck/people.tsv", 3),
                            Resources.rows("/crosscheck/lexicon/anaphora.tsv", 2),
                            Resources.rows("/crosscheck/governments.tsv", 2));
                }
                d = standard;
            }
        }
        return d;
    }

    public PhraseIndex<Mention> mentions() {
        return mentions;
    }

    public Optional<Party> byId(String id) {
        return Optional.ofNullable(parties.get(id));
    }

    public Party require(String id) {
        Party p = parties.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown claimant id '" + id + "'");
        }
        return p;
    }

    public Set<String> ids() {
        return Set.copyOf(parties.keySet());
    }
}
