package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crosscheck.extract.lexicon.PhraseIndex;
import org.crosscheck.extract.lexicon.Resources;
import org.crosscheck.extract.text.Token;

/**
 * Places of Syria and Iraq with their hierarchy, read from {@code /crosscheck/gazetteer.tsv}.
 * A region is a first-level division (governorate): claims are keyed by it so that claims about
 * a town and about its governorate land on one partition.
 */
public final class Gazetteer {

    /**
     * The countries whose places the gazetteer holds throughout. A neighbour's row is there only as the parent of
     * the few border towns Syria's war reached (Arsal, al-Qaa, Hermel); its own name in a text tells where people
     * fled or where a party comes from, not a place of the story, so it is not looked for.
     */
    private static final Set<String> COUNTRIES_COVERED = Set.of("sy", "iq");

    /** Where a claim names no place at all. Its region is itself, so such claims still meet each other. */
    public static final Place UNKNOWN = new Place("unknown", "unknown place", Place.Kind.COUNTRY, null, 0, 0, List.of());

    private static final String RESOURCE = "/crosscheck/gazetteer.tsv";
    private static volatile Gazetteer standard;

    private final Map<String, Place> byId;
    private final Map<String, List<String>> regionsByCountry;
    private final PhraseIndex<Place> names = new PhraseIndex<>();
    /** Places by name, for the names more than one place has. */
    private final Map<String, List<Place>> homonyms;
    /** Ids of the places that are camps by name ("Camp Liberty", "Yarmouk Camp", Rukban as "Rukban camp"): see {@link #isCamp}. */
    private final Set<String> camps;
    /** One-word names, lower-cased, that are also common words (see {@link #standsAsName}). */
    private final Set<String> writtenCapitalised;

    public Gazetteer(List<Place> places) {
        this(places, Set.of());
    }

    /**
     * A gazetteer in which the one-word names in {@code writtenCapitalised} (lower-cased) name their place
     * only where they are written with a capital inside a sentence: "Hit" in Anbar is also a verb.
     */
    public Gazetteer(List<Place> places, Set<String> writtenCapitalised) {
        this.writtenCapitalised = Set.copyOf(writtenCapitalised);
        Set<String> campIds = new HashSet<>();
        for (Place p : places) {
            // a town with a camp beside it ("al-Hol camp", "Makhmur camp") is a town; an area or a place named a camp is the camp
            boolean area = p.kind() == Place.Kind.AREA || p.kind() == Place.Kind.NEIGHBOURHOOD;
            if (wordOf(p.name(), "camp") || area && p.aliases().stream().anyMatch(a -> wordOf(a, "camp"))) {
                campIds.add(p.id());
            }
        }
        this.camps = Set.copyOf(campIds);
        Map<String, Place> ids = new LinkedHashMap<>();
        for (Place p : places) {
            if (ids.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate gazetteer id " + p.id());
            }
        }
        ids.put(UNKNOWN.id(), UNKNOWN);
        this.byId = Collections.unmodifiableMap(ids);
        Map<String, List<String>> regions = new HashMap<>();
        for (Place p : places) {
            if (p.kind() == Place.Kind.GOVERNORATE) {
                regions.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p.id());
            }
        }
        regions.replaceAll((k, v) -> List.copyOf(v));
        this.regionsByCountry = Map.copyOf(regions);
        Map<String, List<Place>> byName = new HashMap<>();
        for (Place p : places) {
            byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
        }
        for (Place p : places) {
            // a place whose other name is another's own: Daraa's old quarter is "al-Balad" to those who live there,
            // and so "Balad", the Iraqi town, in a story about Daraa
            for (String alias : p.aliases()) {
                for (String form : writtenForms(alias, p)) {
                    List<Place> named = byName.get(form);
                    if (named != null && !named.contains(p)) {
                        named.add(p);
                    }
                }
            }
        }
        byName.values().removeIf(same -> same.size() < 2);
        byName.replaceAll((k, v) -> List.copyOf(v));
        this.homonyms = Map.copyOf(byName);
        // More specific places win a shared name: "Raqqa" is the city, not the governorate.
        List<Place> bySpecificity = new ArrayList<>(places);
        bySpecificity.sort((a, b) -> rank(b.kind()) - rank(a.kind()));
        for (Place p : bySpecificity) {
            if (p.kind() == Place.Kind.COUNTRY && !COUNTRIES_COVERED.contains(p.id())) {
                continue; // Lebanon is only the parent of the border towns the war reached: "in Lebanon" is abroad (ClaimExtractor)
            }
            addName(p.name(), p);
            p.aliases().forEach(a -> addName(a, p));
        }
        for (Place p : places) {
            if (p.kind() == Place.Kind.GOVERNORATE) {
                respelledAliases(p, places).forEach(a -> addName(a, p));
            }
        }
    }

    /**
     * A governorate's aliases written with its capital's name ("eastern Deir ez-Zor", "Deir ez-Zor
     * countryside"), in every other spelling the capital has ("eastern Deir Ezzor"): the data file
     * lists a capital's spellings once, on the city, rather than again on each such phrase.
     */
    private List<String> respelledAliases(Place governorate, List<Place> places) {
        List<String> out = new ArrayList<>();
        Set<String> known = new HashSet<>();
        governorate.aliases().forEach(a -> known.add(a.toLowerCase(java.util.Locale.ROOT)));
        for (Place city : places) {
            // the capital: the city the governorate is named after ("sy-deir-ez-zor-city" of "sy-deir-ez-zor")
            if (city.kind() != Place.Kind.CITY || !city.id().startsWith(governorate.id() + "-")
                    || !regionOf(city.id()).equals(governorate.id())) {
                continue;
            }
            List<String> spellings = new ArrayList<>();
            spellings.add(city.name());
            for (String alias : city.aliases()) {
                if (!alias.toLowerCase(java.util.Locale.ROOT).contains(" city")) {
                    spellings.add(alias); // "Deir ez-Zor city" names the city, not a spelling of its name
                }
            }
            for (String alias : governorate.aliases()) {
                for (String spelling : spellings) {
                    int at = alias.indexOf(spelling);
                    boolean whole = at >= 0 && (at == 0 || alias.charAt(at - 1) == ' ')
                            && (at + spelling.length() == alias.length() || alias.charAt(at + spelling.length()) == ' '
                                    || alias.charAt(at + spelling.length()) == '\'');
                    if (!whole) {
                        continue;
                    }
                    for (String other : spellings) {
                        String respelled = alias.substring(0, at) + other + alias.substring(at + spelling.length());
                        if (known.add(respelled.toLowerCase(java.util.Locale.ROOT))) {
                            out.add(respelled);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Places that share {@code place}'s name (the gazetteer's few real homonyms: the two Haders, Aleppo's
     * and Damascus's Midan; and places that have it as another name, as Daraa's al-Balad has Balad's), the
     * index having given one of them for the name.
     */
    public List<Place> homonymsOf(Place place) {
        List<Place> named = homonyms.get(place.name());
        if (named == null) {
            return List.of(); // nearly every place: no stream made
        }
        // a place and one that holds it are not homonyms, should the data name a district after its town
        return named.stream()
                .filter(p -> !p.id().equals(place.id()) && !within(p.id(), place.id()) && !within(place.id(), p.id())).toList();
    }

    /**
     * The place of {@code place}'s name that lies nearest {@code story}, a place named beside it or the one
     * the story is in ("shells hit the capital's Midan district" in a story about Yarmouk is Damascus's
     * Midan, "the Aleppo neighbourhood of al-Midan" Aleppo's); with nothing to go by, the one the data
     * file lists first.
     */
    public Place nearestHomonym(Place place, Place story) {
        List<Place> others = homonymsOf(place);
        if (others.isEmpty()) {
            return place;
        }
        if (story == null || story.id().equals(UNKNOWN.id())) {
            // nothing to go by: the first the data file lists under the name as its own, whichever the index gave
            Place first = homonyms.get(place.name()).get(0);
            return others.contains(first) ? first : place;
        }
        Place best = place;
        for (Place other : others) {
            if (squaredDistance(other, story) < squaredDistance(best, story)) {
                best = other;
            }
        }
        return best;
    }

    /** Whether two places lie within {@code km} of each other (on a flat map: at these distances it is close enough). */
    public static boolean closerThan(Place a, Place b, double km) {
        double dLat = (a.lat() - b.lat()) * KM_PER_DEGREE;
        double dLon = (a.lon() - b.lon()) * KM_PER_DEGREE * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return dLat * dLat + dLon * dLon <= km * km;
    }

    private static final double KM_PER_DEGREE = 111.2;

    private static double squaredDistance(Place a, Place b) {
        double dLat = a.lat() - b.lat();
        double dLon = a.lon() - b.lon();
        return dLat * dLat + dLon * dLon;
    }

    /**
     * Whether the place is a camp people live in or a base called a camp, so that "the camp" later points back to
     * it even where the story never wrote "camp" beside its name ("RUKBAN - ... trucks rolled into the camp").
     */
    public boolean isCamp(Place place) {
        return camps.contains(place.id());
    }

    private static boolean wordOf(String name, String word) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Reporters write the Arabic article or drop it: "al-Shafa" and "Shafa" are one place. */
    private void addName(String name, Place p) {
        for (String form : writtenForms(name, p)) {
            names.add(form, p);
        }
    }

    /** {@code name} as it is written, and with its Arabic article dropped or added. */
    private static List<String> writtenForms(String name, Place p) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        // "al-Bab" without its article is "Bab", which begins too many other names: keep short ones whole
        if (lower.startsWith("al-") && name.length() > 6) {
            return List.of(name, name.substring(3));
        } else if (!lower.contains(" ") && p.kind() != Place.Kind.COUNTRY) {
            return List.of(name, "al-" + name);
        }
        return List.of(name);
    }

    /** Settlements first, then areas and neighbourhoods, then administrative units. */
    private static int rank(Place.Kind kind) {
        return switch (kind) {
            case CITY -> 9;
            case TOWN -> 8;
            case VILLAGE -> 7;
            case AREA -> 6;
            case NEIGHBOURHOOD -> 5;
            case SUBDISTRICT -> 4;
            case DISTRICT -> 3;
            case GOVERNORATE -> 2;
            case COUNTRY -> 1;
        };
    }

    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    standard = load();
                }
                g = standard;
            }
        }
        return g;
    }

    static Gazetteer load() {
        List<Place> places = new ArrayList<>();
        Set<String> writtenCapitalised = new HashSet<>();
        List<String[]> rows = Resources.rows(RESOURCE, 6);
        for (String[] r : rows) {
            if (r[0].equals("id")) {
                continue; // header
            }
            List<String> aliases = new ArrayList<>();
            for (String a : r.length > 6 && !r[6].isBlank() ? r[6].split("\\|") : new String[0]) {
                // "Hit!": a name that is also a common word, taken only where it is written as a name
                if (a.endsWith(CAPITALISED_MARK)) {
                    a = a.substring(0, a.length() - CAPITALISED_MARK.length());
                    if (a.contains(" ")) {
                        throw new IllegalStateException(RESOURCE + ": " + r[0] + ": only a one-word name can be marked '"
                                + CAPITALISED_MARK + "', not '" + a + "'");
                    }
                    writtenCapitalised.add(a.toLowerCase(java.util.Locale.ROOT));
                }
                aliases.add(a);
            }
            places.add(new Place(r[0], r[1], Place.Kind.parse(r[2]), r[3].isBlank() ? null : r[3],
                    Double.parseDouble(r[4]), Double.parseDouble(r[5]), List.copyOf(aliases)));
        }
        return new Gazetteer(places, writtenCapitalised);
    }

    public PhraseIndex<Place> names() {
        return names;
    }

    /** The mark after an alias in the data file that makes it a name only where written capitalised. */
    static final String CAPITALISED_MARK = "!";

    /**
     * Whether a match of the names index stands as a place's name where it is: always, except for a name
     * that is also a common word ("Hit"), which must be written capitalised, not open the sentence and not
     * follow another capitalised word ("near Hit", not "Hit by shelling" or a title-case "Strikes Hit Raqqa").
     */
    public boolean standsAsName(List<Token> tokens, PhraseIndex.Match<Place> m) {
        if (writtenCapitalised.isEmpty() || m.to() - m.from() != 1) {
            return true;
        }
        Token t = tokens.get(m.from());
        if (!writtenCapitalised.contains(t.lower())) {
            return true;
        }
        if (!t.capitalised() || m.from() == 0) {
            return false;
        }
        Token before = tokens.get(m.from() - 1);
        return !(before.isWord() && before.capitalised());
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Place require(String id) {
        Place p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown place id '" + id + "'");
        }
        return p;
    }

    public int size() {
        return byId.size() - 1;
    }

    /** The governorate containing the place; a country (or the unknown place) is its own region. */
    public String regionOf(String placeId) {
        Place p = byId.get(placeId);
        if (p == null) {
            return UNKNOWN.id();
        }
        while (p.kind() != Place.Kind.GOVERNORATE && p.parent() != null) {
            p = byId.get(p.parent());
        }
        return p.id();
    }

    /**
     * The country of a place by its id alone: every id starts with its country's ("iq-baghdad-city" is Iraq's),
     * as GazetteerDataTest holds the data to. For code that has the place but not the gazetteer.
     */
    static String countryIdOf(String placeId) {
        int dash = placeId.indexOf('-');
        return dash < 0 ? placeId : placeId.substring(0, dash);
    }

    public String countryOf(String placeId) {
        Place p = byId.get(placeId);
        if (p == null) {
            return UNKNOWN.id();
        }
        while (p.parent() != null) {
            p = byId.get(p.parent());
        }
        return p.id();
    }

    public boolean isCountry(String placeId) {
        Place p = byId.get(placeId);
        return p != null && p.parent() == null;
    }

    /** The governorates of a country: where a country-wide claim is written. */
    public List<String> regionsOf(String countryId) {
        return regionsByCountry.getOrDefault(countryId, List.of());
    }

    /** True when {@code inner} is {@code outer} or lies inside it. */
    public boolean within(String inner, String outer) {
        Place p = byId.get(inner);
        while (p != null) {
            if (p.id().equals(outer)) {
                return true;
            }
            p = p.parent() == null ? null : byId.get(p.parent());
        }
        return false;
    }

    /** The id of the smallest place that holds both (a country at most), or null if none does. */
    public String commonContainer(String a, String b) {
        Place p = byId.get(a);
        while (p != null && p.parent() != null) {
            p = byId.get(p.parent());
            if (p != null && within(b, p.id())) {
                return p.id();
            }
        }
        return null;
    }

    /** One of the two contains the other: claims about them may concern one event. */
    public boolean related(String a, String b) {
        return within(a, b) || within(b, a);
    }

    /** Number of steps from the country: a larger depth is a more specific place. */
    public int depth(String placeId) {
        int d = 0;
        Place p = byId.get(placeId);
        while (p != null && p.parent() != null) {
            d++;
            p = byId.get(p.parent());
        }
        return d;
    }

    /** The settlement a neighbourhood or area belongs to, or the place itself. */
    public Place settlementOf(Place place) {
        Place p = place;
        while (p != null && (p.kind() == Place.Kind.NEIGHBOURHOOD || p.kind() == Place.Kind.AREA) && p.parent() != null) {
            Place parent = byId.get(p.parent());
            // "near the al-Nuri mosque": a landmark of the old city of Mosul is Mosul, through the old city
            boolean inside = parent != null && (parent.kind() == Place.Kind.NEIGHBOURHOOD || parent.kind() == Place.Kind.AREA);
            if (parent == null || !parent.kind().settlement() && !inside) {
                return place;
            }
            p = parent;
        }
        return p == null || !p.kind().settlement() ? place : p;
    }
}
