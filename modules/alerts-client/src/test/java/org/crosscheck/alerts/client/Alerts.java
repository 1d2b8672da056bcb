package org.crosscheck.alerts.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.Claimant;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.Event;
import org.crosscheck.avro.Evidence;
import org.crosscheck.avro.Location;
import org.crosscheck.avro.Outcome;
import org.crosscheck.avro.Period;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Qualifier;

/** Alerts as the pipeline writes them, for these tests. */
final class Alerts {

    private Alerts() {
    }

    static ContradictionAlert numeric(String id, AlertStatus status) {
        Location raqqa = new Location("sy-raqqa-city", "Raqqa");
        Period day = new Period(LocalDate.parse("2017-06-15"), LocalDate.parse("2017-06-15"));
        return ContradictionAlert.newBuilder()
                .setAlertId(id)
                .setKind(AlertKind.NUMERIC)
                .setStatus(status)
                .setSeverity(0.94)
                .setEvent(new Event("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED", "sy-raqqa", raqqa, day, Outcome.KILLED))
                .setClaims(List.of(claim("a#1", "sohr", "Syrian Observatory for Human Rights", 24, raqqa, day),
                        claim("b#1", "coalition", "US-led coalition", 3, raqqa, day)))
                .setSummary("The Syrian Observatory for Human Rights reports 24 civilians killed in Raqqa on 15 Jun 2017; "
                        + "the US-led coalition reports 3 civilians killed.")
                .build();
    }

    private static CasualtyClaim claim(String id, String claimant, String name, long n, Location where, Period when) {
        return CasualtyClaim.newBuilder()
                .setClaimId(id).setArticleId(id.substring(0, id.indexOf('#'))).setOutlet("Levant Wire")
                .setClaimant(new Claimant(claimant, name, null))
                .setPolarity(Polarity.ASSERTS)
                .setCount(new Count(n, n, Qualifier.EXACT))
                .setCategory(Category.CIVILIANS).setOutcome(Outcome.KILLED)
                .setLocation(where).setPeriod(when)
                .setPerpetrator("coalition")
                .setEvidence(new Evidence("...", 0, 3))
                .build();
    }

    static byte[] encode(ContradictionAlert a) {
        return AlertTopic.valueSerde().serializer().serialize(AlertTopic.NAME, a);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
