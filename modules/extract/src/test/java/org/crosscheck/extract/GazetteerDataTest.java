package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer as data: read with plain Java from the classpath, without the project's loader, so a
 * broken row is reported here as a broken row and not as a puzzling extraction failure elsewhere.
 */
class GazetteerDataTest {

    private static final String RESOURCE = "/crosscheck/gazetteer.tsv";
    private static final String HEADER = "id\tname\tkind\tparent\tlat\tlon\taliases";
    private static final Set<String> KINDS = Set.of("country", "governorate", "district", "subdistrict", "city", "town",
            "village", "neighbourhood", "area");
    private static final Pattern SLUG = Pattern.compile("[a-z]{2}(-[a-z0-9]+)*");
    private static final Pattern COORDINATE = Pattern.compile("-?\\d{1,3}\\.\\d{4}");

    /** Bounding boxes: {min lat, max lat, min lon, max lon}. */
    private static final Map<String, double[]> BOXES = Map.of(
            "sy", new double[] {32.3, 37.4, 35.6, 42.4},
            "iq", new double[] {29.0, 37.4, 38.7, 48.7},
            "lb", new double[] {33.0, 34.7, 35.1, 36.7});

    private static final List<String> SYRIAN_GOVERNORATES = List.of("sy-raqqa", "sy-deir-ez-zor", "sy-aleppo", "sy-idlib",
            "sy-hama", "sy-homs", "sy-damascus", "sy-rif-dimashq", "sy-daraa", "sy-quneitra", "sy-suwayda", "sy-latakia",
            "sy-tartus", "sy-hasakah");
    private static final List<String> IRAQI_GOVERNORATES = List.of("iq-nineveh", "iq-anbar", "iq-baghdad", "iq-salahuddin",
            "iq-kirkuk", "iq-diyala", "iq-erbil", "iq-duhok", "iq-sulaymaniyah", "iq-halabja", "iq-babil", "iq-karbala",
            "iq-najaf", "iq-qadisiyah", "iq-muthanna", "iq-dhi-qar", "iq-maysan", "iq-wasit", "iq-basra");

    /**
     * Places allowed to share a spelling within one country: real homonyms that only context can tell
     * apart. Keep this short; every other shared alias is a data error. The two Haders: the town south
     * of Aleppo and the Druze village in Quneitra; the two Midans: districts of Aleppo and of Damascus; the two
     * Qusours: quarters of Deir ez-Zor and of Baniyas.
     */
    private static final Set<Set<String>> HOMONYMS_ALLOWED = Set.of(
            Set.of("sy-hader", "sy-hader-quneitra"),
            Set.of("sy-midan-aleppo", "sy-midan-damascus"),
            Set.of("sy-qusour", "sy-qusour-baniyas"),
            // Hawija's al-Rashad and the village of the same name north-east of Muqdadiya, in Diyala
            Set.of("iq-rashad", "iq-rashad-diyala"));

    private record Row(int line, String[] columns) {

        String id() {
            return columns[0];
        }

        String name() {
            return columns[1];
        }

        String kind() {
            return columns[2];
        }

        String parent() {
            return columns[3];
        }

        String lat() {
            return columns[4];
        }

        String lon() {
            return columns[5];
        }

        List<String> aliases() {
            return columns[6].isEmpty() ? List.of() : List.of(columns[6].split("\\|", -1));
        }
    }

    private static List<String> lines;
    private static final List<Row> rows = new ArrayList<>();
    private static final List<String> malformed = new ArrayList<>();
    private static final Map<String, Row> byId = new LinkedHashMap<>();
    private static final List<String> duplicateIds = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        byte[] bytes;
        try (InputStream in = GazetteerDataTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("classpath resource " + RESOURCE).isNotNull();
            bytes = in.readAllBytes();
        }
        // strict decoding: an invalid byte sequence fails here instead of turning into U+FFFD
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        lines = text.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 7) {
                malformed.add("line " + (i + 1) + ": " + columns.length + " columns: " + line);
                continue;
            }
            Row row = new Row(i + 1, columns);
            rows.add(row);
            if (byId.putIfAbsent(row.id(), row) != null) {
                duplicateIds.add(row.id() + " (line " + row.line() + ")");
            }
        }
    }

    @Test
    void headerIsExact() {
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).isEqualTo(HEADER);
    }

    @Test
    void everyRowHasSevenTabSeparatedColumns() {
        assertThat(malformed).isEmpty();
    }

    @Test
    void holdsAtLeastFiveHundredPlaces() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(500);
    }

    @Test
    void idsAreUniqueAndSlugShaped() {
        assertThat(duplicateIds).as("duplicate ids").isEmpty();
        List<String> badSlugs = rows.stream().map(Row::id).filter(id -> !SLUG.matcher(id).matches()).toList();
        assertThat(badSlugs).as("ids that are not lowercase ASCII slugs").isEmpty();
    }

    @Test
    void kindsComeFromTheList() {
        List<String> bad = rows.stream().filter(r -> !KINDS.contains(r.kind())).map(r -> r.id() + ": " + r.kind()).toList();
        assertThat(bad).isEmpty();
    }

    @Test
    void everyParentExistsAndOnlyCountriesHaveNone() {
        List<String> bad = new ArrayList<>();
        for (Row r : rows) {
            if (r.parent().isEmpty()) {
                if (!r.kind().equals("country")) {
                    bad.add(r.id() + " has no parent but is a " + r.kind());
                }
            } else if (!byId.containsKey(r.parent())) {
                bad.add(r.id() + " -> missing parent " + r.parent());
            } else if (r.kind().equals("country")) {
                bad.add("country " + r.id() + " has a parent");
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyPlaceLiesInSyriaIraqOrLebanon() {
        // Lebanon only for the border towns Syria's war reached (Arsal, al-Qaa, Hermel): its fighters, refugees and shelling
        List<String> bad = new ArrayList<>();
        for (Row r : rows) {
            String country = countryOf(r.id());
            if (!"sy".equals(country) && !"iq".equals(country) && !"lb".equals(country)) {
                bad.add(r.id() + " -> " + country);
            } else if (!r.id().equals(country) && !r.id().startsWith(country + "-")) {
                bad.add(r.id() + " lies in " + country + " but is not prefixed with it");
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void coordinatesLieInsideTheirCountry() {
        List<String> bad = new ArrayList<>();
        for (Row r : rows) {
            if (!COORDINATE.matcher(r.lat()).matches() || !COORDINATE.matcher(r.lon()).matches()) {
                bad.add(r.id() + ": not decimal degrees with 4 decimals: " + r.lat() + ", " + r.lon());
                continue;
            }
            double[] box = BOXES.get(countryOf(r.id()));
            double lat = Double.parseDouble(r.lat());
            double lon = Double.parseDouble(r.lon());
            if (box == null || lat < box[0] || lat > box[1] || lon < box[2] || lon > box[3]) {
                bad.add(r.id() + ": " + r.lat() + ", " + r.lon() + " outside " + countryOf(r.id()));
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyGovernorateOfBothCountriesIsPresent() {
        List<String> expected = new ArrayList<>(SYRIAN_GOVERNORATES);
        expected.addAll(IRAQI_GOVERNORATES);
        List<String> governorates = rows.stream().filter(r -> r.kind().equals("governorate")).map(Row::id).toList();
        assertThat(governorates).containsExactlyInAnyOrderElementsOf(expected);
        for (String id : expected) {
            assertThat(byId.get(id).parent()).as(id + " parent").isEqualTo(id.substring(0, 2));
        }
    }

    @Test
    void aliasesAreNonBlankAndDifferFromTheName() {
        List<String> bad = new ArrayList<>();
        for (Row r : rows) {
            for (String alias : r.aliases()) {
                if (alias.isBlank() || !alias.equals(alias.strip())) {
                    bad.add(r.id() + ": blank or padded alias '" + alias + "'");
                } else if (alias.equalsIgnoreCase(r.name())) {
                    bad.add(r.id() + ": alias repeats the name '" + alias + "'");
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void noAliasNamesAnotherPlaceOfTheSameCountry() {
        Map<String, Set<String>> spellings = new HashMap<>();
        for (Row r : rows) {
            String country = countryOf(r.id());
            spellings.computeIfAbsent(country + "|" + normalise(r.name()), k -> new LinkedHashSet<>()).add(r.id());
            for (String alias : r.aliases()) {
                spellings.computeIfAbsent(country + "|" + normalise(alias), k -> new LinkedHashSet<>()).add(r.id());
            }
        }
        Set<String> collisions = new TreeSet<>();
        for (Row r : rows) {
            String country = countryOf(r.id());
            for (String alias : r.aliases()) {
                for (String other : spellings.getOrDefault(country + "|" + normalise(alias), Set.of())) {
                    if (!other.equals(r.id()) && !HOMONYMS_ALLOWED.contains(Set.of(r.id(), other))) {
                        collisions.add("'" + alias + "' of " + r.id() + " also spells " + other + " (" + byId.get(other).name() + ")");
                    }
                }
            }
        }
        assertThat(collisions).as("aliases shared within a country:%n%s", String.join("\n", collisions)).isEmpty();
    }

    @Test
    void allowListNamesRealPlaces() {
        for (Set<String> pair : HOMONYMS_ALLOWED) {
            assertThat(byId.keySet()).containsAll(pair);
        }
    }

    @Test
    void parentChainsReachTheirGovernorates() {
        assertThat(ancestors("sy-raqqa-city")).contains("sy-raqqa", "sy");
        assertThat(ancestors("sy-mayadin")).contains("sy-deir-ez-zor", "sy");
        assertThat(ancestors("iq-mosul")).contains("iq-nineveh", "iq");
    }

    @Test
    void commonSpellingsAreAliases() {
        assertThat(byId.get("sy-raqqa-city").aliases()).contains("al-Raqqah");
        assertThat(byId.get("sy-mayadin").aliases()).contains("al-Mayadeen");
        assertThat(byId.get("sy-deir-ez-zor-city").aliases()).contains("Deir al-Zour");
    }

    @Test
    void namesOtherModulesRelyOn() {
        assertThat(byId.get("sy").name()).isEqualTo("Syria");
        assertThat(byId.get("sy-raqqa-city").name()).isEqualTo("Raqqa");
        assertThat(byId.get("sy-raqqa").name()).isEqualTo("Raqqa Governorate");
        assertThat(byId.get("sy-mayadin").name()).isEqualTo("Mayadin");
        assertThat(byId.get("sy-tabqa").name()).isEqualTo("Tabqa");
        assertThat(byId.get("sy-douma").name()).isEqualTo("Douma");
    }

    /** The place itself excluded, from its parent up to its country. */
    private static List<String> ancestors(String id) {
        assertThat(byId).containsKey(id);
        List<String> chain = new ArrayList<>();
        Row r = byId.get(id);
        while (r != null && !r.parent().isEmpty()) {
            if (chain.contains(r.parent()) || chain.size() > 20) {
                throw new AssertionError("parent cycle above " + id + ": " + chain);
            }
            chain.add(r.parent());
            r = byId.get(r.parent());
        }
        return chain;
    }

    /** The root reached by walking parents, or a description of where the walk broke off. */
    private static String countryOf(String id) {
        Row r = byId.get(id);
        Set<String> seen = new LinkedHashSet<>();
        while (r != null && !r.parent().isEmpty()) {
            if (!seen.add(r.id())) {
                return "cycle " + seen;
            }
            Row parent = byId.get(r.parent());
            if (parent == null) {
                return "missing " + r.parent();
            }
            r = parent;
        }
        return r == null ? "missing " + id : r.id();
    }

    /**
     * Spellings that a reader would take for the same word: case, accents, apostrophes, hyphens, spaces
     * and the Arabic article, which reporters write or drop ("al-Shafa", "Shafa").
     */
    private static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        t = t.replaceAll("['\u2019\u02bf\u02be`]", "");
        t = t.replaceAll("[-_\\s]+", " ").strip();
        return t.startsWith("al ") && t.length() > 4 ? t.substring(3) : t;
    }
}
