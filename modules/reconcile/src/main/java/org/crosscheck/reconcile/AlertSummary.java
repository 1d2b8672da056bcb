package org.crosscheck.reconcile;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.Event;
import org.crosscheck.avro.Period;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Trend;

/**
 * One readable sentence per side: "Amnesty International reports at least 146 civilians killed in
 * Raqqa (Jun-Aug 2017); the US-led coalition (Townsend) disputes that civilian deaths rose."
 */
final class AlertSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private AlertSummary() {
    }

    static String of(Event event, Finding f) {
        String first = side(f.first(), event);
        String second = side(f.second(), event);
        return capitalise(first) + "; " + second + ".";
    }

    private static String side(CasualtyClaim c, Event event) {
        StringBuilder b = new StringBuilder(who(c)).append(' ');
        String victims = c.getCategory().name().toLowerCase(Locale.ROOT);
        String outcome = c.getOutcome().name().toLowerCase(Locale.ROOT);
        if (c.getTrend() != null && c.getCount().getQualifier().name().equals("NONE")) {
            String change = c.getTrend() == Trend.RISING ? "rose" : "fell";
            String noun = victims.substring(0, victims.length() - (victims.endsWith("s") ? 1 : 0));
            if (c.getPolarity() == Polarity.DISPUTES) {
                b.append("disputes that ").append(noun).append(" casualties ").append(change);
            } else {
                b.append("reports that ").append(noun).append(" casualties ").append(change);
            }
        } else if (c.getPolarity() == Polarity.DENIES) {
            b.append("denies that its operations ").append(outcome.equals("killed") ? "killed" : "harmed").append(" any ").append(victims);
        } else {
            b.append("reports ").append(figure(c.getCount())).append(' ').append(victims).append(' ').append(outcome);
        }
        b.append(" in ").append(c.getLocation().getName());
        String when = when(c.getPeriod() != null ? c.getPeriod() : null);
        if (!when.isEmpty()) {
            b.append(" (").append(when).append(')');
        }
        return b.toString();
    }

    private static String who(CasualtyClaim c) {
        String name = c.getClaimant().getName();
        String speaker = c.getClaimant().getSpeaker();
        return speaker == null ? name : name + " (" + speaker + ")";
    }

    static String figure(Count count) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        long low = count.getLow();
        Long high = count.getHigh();
        return switch (count.getQualifier()) {
            case EXACT -> n.format(low);
            case AT_LEAST -> "at least " + n.format(low);
            case AT_MOST -> "up to " + n.format(high);
            case APPROX -> "about " + n.format(low);
            case RANGE -> n.format(low) + " to " + n.format(high);
            case NONE -> "an unstated number of";
        };
    }

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
            return "until " + DAY.format(e);
        }
        if (e == null) {
            return "since " + DAY.format(s);
        }
        if (s.equals(e)) {
            return DAY.format(s);
        }
        if (s.getYear() == e.getYear()) {
            return s.getMonth() == e.getMonth() ? s.getDayOfMonth() + "-" + DAY.format(e) : MONTH.format(s) + "-" + MONTH_YEAR.format(e);
        }
        return MONTH_YEAR.format(s) + "-" + MONTH_YEAR.format(e);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
