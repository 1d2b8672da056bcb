package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.crosscheck.avro.Period;
import org.crosscheck.extract.text.Token;

/**
 * Turns time words in a sentence into a period, resolved against the publication date: a weekday
 * is the latest such day on or before publication, "mid-July" is the 11th to the 20th, "over the
 * better part of two months" ends at publication and starts two months before, "since the start of
 * the offensive" has an open start. Vague times ("in recent weeks") give no period.
 */
public final class PeriodResolver {

    public Period resolve(List<Token> tokens, int from, int to, LocalDate published) {
        for (int i = from; i < to; i++) {
            Period p = at(tokens, i, to, published);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Period at(List<Token> tokens, int i, int to, LocalDate published) {
        String w = tokens.get(i).lower();
        DayOfWeek day = weekday(w);
        if (day != null) {
            LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
            return day(d);
        }
        switch (w) {
            case "yesterday":
                return day(published.minusDays(1));
            case "today":
            case "tonight":
                return day(published);
            case "last":
            case "past":
            case "previous":
                return last(tokens, i + 1, to, published);
            case "over":
            case "during":
            case "within":
            case "in":
                return span(tokens, i + 1, to, published);
            case "since":
                return since(tokens, i + 1, to, published);
            default:
                break;
        }
        Period month = monthPhrase(tokens, i, to, published);
        if (month != null) {
            return month;
        }
        return null;
    }

    /** "last week", "last month", "the past two weeks". */
    private Period last(List<Token> tokens, int i, int to, LocalDate published) {
        if (i >= to) {
            return null;
        }
        String w = tokens.get(i).lower();
        if (w.equals("week")) {
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return period(monday, monday.plusDays(6));
        }
        if (w.equals("month")) {
            LocalDate first = published.withDayOfMonth(1).minusMonths(1);
            return period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        return spanOf(tokens, i, to, published);
    }

    /** "over the better part of two months", "in the past three days", "in mid-July", "in 2016". */
    private Period span(List<Token> tokens, int i, int to, LocalDate published) {
        int j = i;
        if (j < to && tokens.get(j).is("the")) {
            j++;
        }
        if (j + 2 < to && tokens.get(j).is("better") && tokens.get(j + 1).is("part") && tokens.get(j + 2).is("of")) {
            j += 3;
        }
        if (j < to && (tokens.get(j).is("past") || tokens.get(j).is("last") || tokens.get(j).is("previous"))) {
            j++;
        }
        Period p = spanOf(tokens, j, to, published);
        if (p != null) {
            return p;
        }
        if (i < to) {
            Period month = monthPhrase(tokens, i, to, published);
            if (month != null) {
                return month;
            }
            String y = tokens.get(i).lower();
            if (y.length() == 4 && y.chars().allMatch(Character::isDigit)) {
                int year = Integer.parseInt(y);
                if (year >= 1990 && year <= published.getYear()) {
                    return period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                }
            }
        }
        return null;
    }

    /** "two months", "three weeks", "10 days" ending at publication. */
    private Period spanOf(List<Token> tokens, int j, int to, LocalDate published) {
        if (j + 1 >= to) {
            return null;
        }
        long n = smallNumber(tokens.get(j).lower());
        int unitAt = j + 1;
        if (n < 0) {
            return null;
        }
        ChronoUnit unit = unit(tokens.get(unitAt).lower());
        if (unit == null) {
            return null;
        }
        return period(published.minus(n, unit), published);
    }

    /** "since the start of the offensive": open start; "since March": from the first of March. */
    private Period since(List<Token> tokens, int i, int to, LocalDate published) {
        if (i >= to) {
            return null;
        }
        Period onDay = monthPhrase(tokens, i, to, published);
        if (onDay != null && onDay.getStart() != null && onDay.getStart().equals(onDay.getEnd())) {
            return period(onDay.getStart(), published); // "since September 30"
        }
        Month m = month(tokens.get(i).lower());
        if (m != null) {
            LocalDate start = LocalDate.of(published.getYear(), m, 1);
            if (start.isAfter(published)) {
                start = start.minusYears(1);
            }
            return period(start, published);
        }
        String y = tokens.get(i).lower();
        if (y.length() == 4 && y.chars().allMatch(Character::isDigit)) {
            return period(LocalDate.of(Integer.parseInt(y), 1, 1), published);
        }
        DayOfWeek day = weekday(tokens.get(i).lower());
        if (day != null) {
            return period(published.with(TemporalAdjusters.previousOrSame(day)), published);
        }
        if (tokens.get(i).is("the")) {
            // "since the battle for Raqqa began in June", "since the start of the offensive"
            for (int k = i + 1; k < Math.min(to, i + 12); k++) {
                Period dated = monthPhrase(tokens, k, to, published);
                if (dated == null && tokens.get(k).is("in") && k + 1 < to) {
                    dated = monthPhrase(tokens, k + 1, to, published);
                    if (dated == null && month(tokens.get(k + 1).lower()) != null) {
                        LocalDate first = LocalDate.of(published.getYear(), month(tokens.get(k + 1).lower()), 1);
                        dated = period(first.isAfter(published) ? first.minusYears(1) : first, null);
                    }
                }
                if (dated != null) {
                    return period(dated.getStart(), published);
                }
            }
            return period(null, published);
        }
        return null;
    }

    /** "March 3", "3 March", "mid-July", "early July", "late July", "in July". */
    private Period monthPhrase(List<Token> tokens, int i, int to, LocalDate published) {
        String w = tokens.get(i).lower();
        String part = null;
        if (w.startsWith("mid-") || w.startsWith("early-") || w.startsWith("late-")) {
            part = w.substring(0, w.indexOf('-'));
            w = w.substring(w.indexOf('-') + 1);
        } else if ((w.equals("mid") || w.equals("early") || w.equals("late")) && i + 1 < to) {
            part = w;
            w = tokens.get(i + 1).lower();
            i++;
        }
        Month m = month(w);
        if (m == null) {
            // "3 March"
            if (i + 1 < to && isDayNumber(w)) {
                Month after = month(tokens.get(i + 1).lower());
                if (after != null) {
                    return day(dated(after, Integer.parseInt(w), published));
                }
            }
            return null;
        }
        if (part == null && i + 1 < to && isDayNumber(tokens.get(i + 1).lower())) {
            return day(dated(m, Integer.parseInt(tokens.get(i + 1).lower()), published));
        }
        LocalDate first = LocalDate.of(published.getYear(), m, 1);
        if (first.isAfter(published)) {
            first = first.minusYears(1);
        }
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        if (part == null) {
            // a bare month name only counts after "in" ("in July"); "May" alone is too often a verb
            return i > 0 && tokens.get(i - 1).is("in") ? period(first, last) : null;
        }
        return switch (part) {
            case "early" -> period(first, first.plusDays(9));
            case "mid" -> period(first.plusDays(10), first.plusDays(19));
            default -> period(first.plusDays(20), last);
        };
    }

    private static LocalDate dated(Month m, int dayOfMonth, LocalDate published) {
        LocalDate d = LocalDate.of(published.getYear(), m, Math.min(dayOfMonth, m.length(published.isLeapYear())));
        return d.isAfter(published) ? d.minusYears(1) : d;
    }

    private static boolean isDayNumber(String s) {
        if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31;
    }

    private static long smallNumber(String w) {
        return switch (w) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "several", "few" -> -1;
            default -> w.chars().allMatch(Character::isDigit) && !w.isEmpty() && w.length() < 4 ? Long.parseLong(w) : -1;
        };
    }

    private static ChronoUnit unit(String w) {
        return switch (w) {
            case "day", "days" -> ChronoUnit.DAYS;
            case "week", "weeks" -> ChronoUnit.WEEKS;
            case "month", "months" -> ChronoUnit.MONTHS;
            case "year", "years" -> ChronoUnit.YEARS;
            default -> null;
        };
    }

    private static DayOfWeek weekday(String w) {
        return switch (w) {
            case "monday" -> DayOfWeek.MONDAY;
            case "tuesday" -> DayOfWeek.TUESDAY;
            case "wednesday" -> DayOfWeek.WEDNESDAY;
            case "thursday" -> DayOfWeek.THURSDAY;
            case "friday" -> DayOfWeek.FRIDAY;
            case "saturday" -> DayOfWeek.SATURDAY;
            case "sunday" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    /** Month names and their short forms ("mar", "sept"), looked up once per token. */
    private static final java.util.Map<String, Month> MONTHS = months();

    private static java.util.Map<String, Month> months() {
        java.util.Map<String, Month> m = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            m.put(full, month);
            m.put(full.substring(0, 3), month);
        }
        m.put("sept", Month.SEPTEMBER);
        return java.util.Map.copyOf(m);
    }

    private static Month month(String w) {
        return MONTHS.get(w);
    }

    private static Period day(LocalDate d) {
        return period(d, d);
    }

    private static Period period(LocalDate start, LocalDate end) {
        return Period.newBuilder().setStart(start).setEnd(end).build();
    }
}
