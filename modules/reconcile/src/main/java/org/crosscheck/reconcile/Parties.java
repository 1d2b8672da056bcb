package org.crosscheck.reconcile;

import java.util.Map;
import java.util.Set;

import org.crosscheck.avro.CasualtyClaim;

/** Who the parties are: their standing, their names in a sentence, and which of them are one side. */
final class Parties {

    /** Parties to the fighting that speak for themselves. */
    static final Set<String> BELLIGERENTS = Set.of("coalition", "us-military", "russia", "syria-government", "sdf");

    /** Independent documenters: NGOs, monitors, the UN, rescuers, a specialised newsroom. */
    static final Set<String> DOCUMENTERS = Set.of("amnesty", "hrw", "airwars", "sohr", "un", "white-helmets", "syria-direct");

    private static final Map<String, String> IN_A_SENTENCE = Map.ofEntries(
            Map.entry("sohr", "the Syrian Observatory for Human Rights"),
            Map.entry("coalition", "the US-led coalition"),
            Map.entry("us-military", "the US military"),
            Map.entry("russia", "Russia's defence ministry"),
            Map.entry("syria-government", "the Syrian government"),
            Map.entry("un", "the United Nations"),
            Map.entry("sdf", "the Syrian Democratic Forces"),
            Map.entry("white-helmets", "the White Helmets"),
            Map.entry("local", "local sources"),
            Map.entry("islamic-state", "Islamic State"),
            Map.entry("turkey", "Turkey"),
            Map.entry("rebels", "rebel groups"));

    /** Parties as the ones held responsible: the state, not the ministry that speaks for it. */
    private static final Map<String, String> AS_PERPETRATOR = Map.of(
            "russia", "Russia",
            "syria-government", "the Syrian government",
            "coalition", "the US-led coalition",
            "us-military", "the US military",
            "islamic-state", "Islamic State",
            "turkey", "Turkey",
            "rebels", "rebel groups",
            "sdf", "the Syrian Democratic Forces");

    private static final Set<String> PLURAL = Set.of("sdf", "white-helmets", "local", "rebels");

    private Parties() {
    }

    /** The coalition and the US military speak for the same air campaign. */
    static boolean sameSide(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.equals(b) || usLed(a) && usLed(b);
    }

    private static boolean usLed(String id) {
        return id.equals("coalition") || id.equals("us-military");
    }

    /** A named perpetrator other than "unknown". */
    static boolean known(String perpetrator) {
        return perpetrator != null && !perpetrator.isBlank() && !perpetrator.equals("unknown");
    }

    /** 1.0 when a documenter stands against a belligerent, 0.5 when either takes part, else 0. */
    static double standing(String x, String y) {
        if (BELLIGERENTS.contains(x) && DOCUMENTERS.contains(y) || BELLIGERENTS.contains(y) && DOCUMENTERS.contains(x)) {
            return 1.0;
        }
        return BELLIGERENTS.contains(x) || BELLIGERENTS.contains(y) || DOCUMENTERS.contains(x) || DOCUMENTERS.contains(y)
                ? 0.5 : 0;
    }

    /** "the US-led coalition", "Amnesty International", "Levant Wire" (an outlet speaking for itself). */
    static String name(CasualtyClaim c) {
        String id = c.getClaimant().getId();
        return IN_A_SENTENCE.getOrDefault(id, c.getClaimant().getName());
    }

    /** The name with its quoted speaker: "the US-led coalition (Townsend)". */
    static String nameWithSpeaker(CasualtyClaim c) {
        String speaker = c.getClaimant().getSpeaker();
        return speaker == null || speaker.isBlank() ? name(c) : name(c) + " (" + speaker + ")";
    }

    static boolean plural(CasualtyClaim c) {
        return PLURAL.contains(c.getClaimant().getId());
    }

    /** A perpetrator id in a sentence: "the Syrian government", "Islamic State". */
    static String perpetrator(String id) {
        return AS_PERPETRATOR.getOrDefault(id, IN_A_SENTENCE.getOrDefault(id, id));
    }
}
