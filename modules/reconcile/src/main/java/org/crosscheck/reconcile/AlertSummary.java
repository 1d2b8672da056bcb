package org.crosscheck.reconcile;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.Event;
import org.crosscheck.avro.Outcome;
import org.crosscheck.avro.Period;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Qualifier;
import org.crosscheck.avro.Trend;

/**
 * One readable sentence per side, e.g. "Amnesty International reports at least 146 civilians killed in
 * Raqqa between 24 Jun and 24 Aug 2017; the US-led coalition reports 20 civilians killed." What the
 * second side shares with the first (place, period) is not repeated.
 */
final class AlertSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private AlertSummary() {
    }

    static String of(Event event, Finding f) {
        CasualtyClaim a = f.first();
        CasualtyClaim b = f.second();
        String s = switch (f.rule()) {
            case NUMERIC -> report(a, event) + "; " + Parties.nameWithSpeaker(b) + " " + verb(b, "reports") + " "
                    + counted(b) + rest(b, a, event);
            case NUMERIC_WHOLE -> report(b, event) + "; " + Parties.nameWithSpeaker(a) + " " + verb(a, "reports") + " "
                    + counted(a) + rest(a, b, event) + " in all, fewer than that";
            case SUBSET -> report(a, event) + "; " + Parties.nameWithSpeaker(b) + " " + verb(b, "reports") + " "
                    + counted(b) + rest(b, a, event) + " in all, fewer than that part alone";
            case INCIDENT_SUM -> report(a, event) + " in all; " + Parties.nameWithSpeaker(b) + " "
                    + verb(b, "reports") + " " + incidents(f) + " inside that period and place, adding up to at least "
                    + number(f.total()) + " " + victims(a.getCategory(), f.total());
            case DENIAL -> report(a, event) + blame(a) + "; " + denial(b, a);
            case TREND -> trend(a, event) + "; " + trend(b, event);
            case UNDERCOUNT -> undercount(f, event);
        };
        return capitalise(s) + ".";
    }

    /** "the Syrian Observatory for Human Rights reports 24 civilians killed in Raqqa on 15 Jun 2017". */
    private static String report(CasualtyClaim c, Event unused) {
        return Parties.nameWithSpeaker(c) + " " + verb(c, "reports") + " " + counted(c) + where(c) + when(c.getPeriod());
    }

    /** "24 civilians killed". */
    static String counted(CasualtyClaim c) {
        return figure(c.getCount()) + " " + victims(c.getCategory(), c.getCount()) + " " + outcome(c.getOutcome());
    }

    /** Place and period of {@code c} where they differ from {@code other}'s. */
    private static String rest(CasualtyClaim c, CasualtyClaim other, Event event) {
        StringBuilder b = new StringBuilder();
        if (!c.getLocation().getId().equals(other.getLocation().getId())) {
            b.append(where(c));
        }
        if (!Objects.equals(Periods.format(c.getPeriod()), Periods.format(other.getPeriod()))) {
            b.append(when(c.getPeriod()));
        }
        return b.toString();
    }

    private static String where(CasualtyClaim c) {
        return " in " + c.getLocation().getName();
    }

    private static String blame(CasualtyClaim report) {
        return report.getPerpetrator() == null ? "" : " and " + verb(report, "blames") + " "
                + Parties.perpetrator(report.getPerpetrator());
    }

    private static String denial(CasualtyClaim denial, CasualtyClaim report) {
        String who = Parties.nameWithSpeaker(denial);
        String victims = victims(denial.getCategory(), 2);
        String place = denial.getLocation().getId().equals(report.getLocation().getId()) ? " there"
                : " in " + denial.getLocation().getName();
        String verb = denial.getOutcome() == Outcome.KILLED ? "killed" : "harmed";
        return who + " " + verb(denial, "denies") + " that its forces " + verb + " any " + victims + place
                + when(denial.getPeriod());
    }

    private static String trend(CasualtyClaim c, Event event) {
        String noun = switch (c.getCategory()) {
            case CIVILIANS -> "civilian";
            case CHILDREN -> "child";
            case WOMEN -> "women's";
            case COMBATANTS -> "combatant";
            case PEOPLE -> "";
        };
        String harm = c.getOutcome() == Outcome.KILLED ? "deaths" : "casualties";
        String what = (noun.isEmpty() ? "" : noun + " ") + harm;
        String change = c.getTrend() == Trend.RISING ? "rose" : "fell";
        String place = " in " + c.getLocation().getName();
        Period p = c.getPeriod() != null ? c.getPeriod() : event.getPeriod();
        String who = Parties.nameWithSpeaker(c);
        if (c.getPolarity() == Polarity.DISPUTES) {
            return who + " " + verb(c, "disputes") + " that " + what + place + " " + change;
        }
        String blaming = c.getPerpetrator() == null || Parties.sameSide(c.getPerpetrator(), c.getClaimant().getId()) ? ""
                : ", blaming " + Parties.perpetrator(c.getPerpetrator());
        return who + " " + verb(c, "reports") + " that " + what + place + " " + change + when(p) + blaming;
    }

    private static String undercount(Finding f, Event event) {
        CasualtyClaim higher = f.first();
        CasualtyClaim lower = f.second();
        Instant restated = Instant.ofEpochMilli(f.total());
        Instant published = Instant.ofEpochMilli(f.extra());
        long days = ChronoUnit.DAYS.between(published, restated);
        return Parties.nameWithSpeaker(lower) + " still " + verb(lower, "reports") + " " + counted(lower) + where(lower)
                + when(lower.getPeriod()) + " (published again " + day(restated) + "), "
                + (days >= 1 ? days + (days == 1 ? " day" : " days") + " after " : "after ")
                + Parties.name(higher) + " published " + figure(higher.getCount()) + " (" + day(published) + ")";
    }

    private static String incidents(Finding f) {
        int n = (int) f.extra();
        StringBuilder b = new StringBuilder(n == 1 ? "one incident" : n + " separate incidents");
        if (n <= 3) {
            b.append(" (");
            for (int i = 1; i < f.claims().size(); i++) {
                CasualtyClaim c = f.claims().get(i);
                if (i > 1) {
                    b.append(", ");
                }
                b.append(figure(c.getCount()));
                if (c.getPeriod() != null && c.getPeriod().getStart() != null) {
                    b.append(" on ").append(DAY_MONTH.format(c.getPeriod().getStart()));
                }
            }
            b.append(')');
        }
        return b.toString();
    }

    private static String verb(CasualtyClaim c, String singular) {
        return Parties.plural(c) ? singular.substring(0, singular.length() - (singular.endsWith("ies") ? 3 : 1))
                + (singular.endsWith("ies") ? "y" : "") : singular;
    }

    static String figure(Count count) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        long low = count.getLow();
        Long high = count.getHigh();
        return switch (count.getQualifier()) {
            case EXACT -> n.format(low);
            case AT_LEAST -> low > 10 && (low - 1) % 10 == 0 ? "more than " + n.format(low - 1) : "at least " + n.format(low);
            case AT_MOST -> "up to " + n.format(high);
            case APPROX -> "about " + n.format(low);
            case RANGE -> n.format(low) + " to " + n.format(high);
            case NONE -> "an unstated number of";
        };
    }

    /** Why an alert no longer holds. */
    enum Resolution { REVISED, CORRECTED, WITHDRAWN }

    /** The summary of an alert that no longer holds, with why. */
    static String resolved(String summary, Resolution how) {
        String why = switch (how) {
            case REVISED -> "the figures have been revised and no longer contradict";
            case CORRECTED -> "a figure it rested on was corrected and no longer contradicts";
            case WITHDRAWN -> "a claim it rested on was corrected or withdrawn";
        };
        String body = summary.startsWith("Resolved (") ? summary.substring(summary.indexOf("): ") + 3) : summary;
        return "Resolved (" + why + "): " + body;
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    private static String victims(Category category, Count count) {
        boolean one = count.getQualifier() == Qualifier.EXACT && count.getLow() == 1;
        return victims(category, one ? 1 : 2);
    }

    private static String victims(Category category, long n) {
        boolean one = n == 1;
        return switch (category) {
            case CIVILIANS -> one ? "civilian" : "civilians";
            case CHILDREN -> one ? "child" : "children";
            case WOMEN -> one ? "woman" : "women";
            case COMBATANTS -> one ? "combatant" : "combatants";
            case PEOPLE -> one ? "person" : "people";
        };
    }

    private static String outcome(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT);
    }

    /** " on 15 Jun 2017", " in June 2017", " between 24 Jun and 24 Aug 2017", " since 1 Jun 2017", or "". */
    static String when(Period p) {
        if (p == null) {
            return "";
        }
        LocalDate s = p.getStart();
        LocalDate e = p.getEnd();
        if (s == null && e == null) {
            return "";
        }
        if (s == null) {
            return " until " + DAY.format(e);
        }
        if (e == null) {
            return " since " + DAY.format(s);
        }
        if (s.equals(e)) {
            return " on " + DAY.format(s);
        }
        if (s.getDayOfMonth() == 1 && e.equals(s.withDayOfMonth(s.lengthOfMonth()))) {
            return " in " + MONTH_YEAR.format(s);
        }
        if (s.getYear() == e.getYear()) {
            return " between " + DAY_MONTH.format(s) + " and " + DAY.format(e);
        }
        return " between " + DAY.format(s) + " and " + DAY.format(e);
    }

    private static String day(Instant t) {
        return DAY.format(t.atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
