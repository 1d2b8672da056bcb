package org.crosscheck.extract;

import java.util.List;

/** One gazetteer entry. {@code parent} is null only for a country. */
public record Place(String id, String name, Kind kind, String parent, double lat, double lon, List<String> aliases) {

    /** Ordered from the broadest to the most specific. */
    public enum Kind {
        COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, AREA, CITY, TOWN, VILLAGE, NEIGHBOURHOOD;

        static Kind parse(String s) {
            return Kind.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        }

        /** Governorates, districts and subdistricts: regions that hold settlements. */
        public boolean administrative() {
            return this == GOVERNORATE || this == DISTRICT || this == SUBDISTRICT;
        }

        /** Cities, towns and villages: what "the city" and "the town" point back to. */
        public boolean settlement() {
            return this == CITY || this == TOWN || this == VILLAGE;
        }
    }
}
