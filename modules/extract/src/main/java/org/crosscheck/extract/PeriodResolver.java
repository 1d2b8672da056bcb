package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crosscheck.avro.Period;
import org.crosscheck.extract.text.MarkedWords;
import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.WordMasks;
import org.crosscheck.extract.text.WordSet;

/**
 * Turns time words in a sentence into a period, resolved against the publication date. A weekday
 * is the latest such day on or before publication; "last week" is the calendar week before;
 * "the past week" the seven days up to publication; "mid-July" the 11th to the 20th; "over the
 * better part of two months" ends at publication and starts two months before; "since the start of
 * the offensive" has an open start; "between June and October 2017" spans both months. Vague times
 * ("in recent weeks") give no period. Positions marked as ignored (the day a statement was made:
 * "said on Tuesday") are skipped.
 */
public final class PeriodResolver {

    public Period resolve(List<Token> tokens, int from, int to, LocalDate published) {
        return resolve(tokens, from, to, published, null);
    }

    public Period resolve(List<Token> tokens, int from, int to, LocalDate published, boolean[] ignored) {
        // a period starts at a start word, a number ("3 March") or a hyphenated word ("mid-July"): the rest are skipped by mask
        int shapes = WordMasks.NUMBER | WordMasks.HYPHENATED;
        for (int i = STARTS.nextCandidate(tokens, shapes, from, to); i < to; i = STARTS.nextCandidate(tokens, shapes, i + 1, to)) {
            if (ignored != null && ignored[i] || !mayStart(tokens, i, to)) {
                continue;
            }
            if (i >= 1 && (tokens.get(i - 1).is("by") || tokens.get(i - 1).is("until")) && weekdayOrDate(tokens, i, to)) {
                continue; // "by Wednesday morning its toll had risen to 38": when it was counted, not when they died
            }
            Period p = at(tokens, i, to, published);
            if (p != null) {
                return beganThen(tokens, i) && p.getStart() != null && !p.getStart().isAfter(published) ? period(p.getStart(), published) : p;
            }
        }
        return null;
    }

    /**
     * "the barrel-bomb campaign, which began on December 15, had killed 1,805": a campaign's start told in a
     * clause of its own dates the toll since then, as "since December 15" would.
     */
    private static boolean beganThen(List<Token> t, int i) {
        return i >= 3 && (t.get(i - 1).is("on") || t.get(i - 1).is("in")) && BEGAN.contains(t.get(i - 2))
                && (t.get(i - 3).is("which") || t.get(i - 3).is("that"));
    }

    private static final WordSet BEGAN = WordSet.of("began", "started", "opened", "erupted");

    /**
     * Whether a period can start at token {@code i}: a word {@link #at} and {@link #monthPhrase} look
     * for, a day of the month ("3 March": a number of one or two digits before a month) or a part of
     * a month ("mid-July", "late-July", "early-July": a hyphen after three to five letters). Most
     * tokens fail this test, so the scan never makes their lower-case String.
     */
    private static boolean mayStart(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.NUMBER) {
            return t.end() - t.start() <= 2 && i + 1 < to && MONTH_NAMES.contains(tokens.get(i + 1));
        }
        int hyphen = t.hyphenAt();
        return hyphen >= 3 && hyphen <= 5 || STARTS.contains(t);
    }

    private Period at(List<Token> t, int i, int to, LocalDate published) {
        String w = t.get(i).lower();
        DayOfWeek day = weekday(w);
        if (day != null) {
            if (i + 2 < to && t.get(i + 1).is(",")) {
                // "on Monday, August 14": the date says which Monday
                Period dated = at(t, i + 2, to, published);
                boolean date = MONTH_NAMES.contains(t.get(i + 2)) || t.get(i + 2).kind() == Token.Kind.NUMBER;
                if (date && dated != null && mayStart(t, i + 2, to)) {
                    return dated;
                }
            }
            LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
            // "on Thursday and Friday": both days
            if (i + 2 < to && t.get(i + 1).is("and") && weekday(t.get(i + 2).lower()) != null) {
                LocalDate second = published.with(TemporalAdjusters.previousOrSame(weekday(t.get(i + 2).lower())));
                return second.isBefore(d) ? period(second, d) : period(d, second);
            }
            return day(d);
        }
        switch (w) {
            case "yesterday":
                return day(published.minusDays(1));
            case "today":
            case "tonight":
                return day(published);
            case "weekend":
                return weekend(published);
            case "this":
                return thisUnit(t, i + 1, to, published);
            case "last":
                return last(t, i + 1, to, published);
            case "past":
            case "previous":
                return rolling(t, i + 1, to, published);
            case "over":
            case "during":
            case "within":
            case "in":
                return span(t, i + 1, to, published);
            case "since":
                return since(t, i + 1, to, published);
            case "between":
                return between(t, i + 1, to, published);
            case "from":
                return fromTo(t, i + 1, to, published);
            case "for": {
                if (i + 2 < to && t.get(i + 1).is("the")) {
                    Period months = monthsOf(t, i + 2, to, published); // "for the first nine months of the year"
                    if (months != null) {
                        return months;
                    }
                }
                // "a civilian toll of 10,204 for 2017": a year's count; not "shelters for 2016 refugees"
                boolean bare = i + 2 >= to || !t.get(i + 2).isWord() || AFTER_A_YEAR.contains(t.get(i + 2));
                Integer year = i + 1 < to && bare ? year(t.get(i + 1).lower(), published) : null;
                return year != null ? period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)) : nthDay(t, i + 1, to, published);
            }
            default:
                break;
        }
        if (i >= 1 && i + 1 < to && MONTH_NAMES.contains(t.get(i)) && COUNT_OWNERS.contains(t.get(i - 1)) && MONTHLY_COUNTS.contains(t.get(i + 1))) {
            return monthPhrase(t, i, to, published, true); // "put the September death toll at 1,015": that month's
        }
        return monthPhrase(t, i, to, published);
    }

    private static final WordSet COUNT_OWNERS = WordSet.of("the", "its", "their", "his", "her");
    /** What a month before it dates: "the September death toll" (not "its March report", which says when it came out). */
    private static final WordSet MONTHLY_COUNTS = WordSet.of("toll", "death", "count", "tally", "total", "figure", "casualty", "civilian");

    /** Words that may follow "for 2017" when the year is the count's ("for 2017 alone", "for 2017 and 2018"). */
    private static final WordSet AFTER_A_YEAR = WordSet.of("and", "or", "alone", "including", "was", "were", "is", "are", "had",
            "has", "from", "in", "on", "by", "as", "to");

    /**
     * "clash for sixth day", "for a third straight day": the days a fight has gone on, up to publication.
     */
    private static Period nthDay(List<Token> t, int i, int to, LocalDate published) {
        int j = i < to && (t.get(i).is("a") || t.get(i).is("the")) ? i + 1 : i;
        if (j >= to) {
            return null;
        }
        if (!ORDINALS.contains(t.get(j))) {
            return null;
        }
        int n = ORDINAL_DAYS.indexOf(t.get(j).lower()) + 2;
        int k = j + 1;
        if (k < to && (t.get(k).is("straight") || t.get(k).is("consecutive") || t.get(k).is("successive") || t.get(k).is("running"))) {
            k++;
        }
        if (n < 2 || k >= to || !t.get(k).is("day") || k + 1 < to && t.get(k + 1).is("of")) {
            return null; // not "for the second day of talks in Geneva": the talks' day, not the fighting's
        }
        for (int m = k + 1; m < Math.min(to, k + DAY_NAMED_REACH); m++) {
            Token w = t.get(m);
            if (weekday(w.lower()) != null || w.is("yesterday") || w.is("today") || MONTH_NAMES.contains(w)) {
                return null; // "for a third day in a row on Thursday", "on March 8": the day named is the time
            }
        }
        return period(published.minusDays(n - 1), published);
    }

    private static final List<String> ORDINAL_DAYS = List.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "11th", "12th", "13th", "14th");
    private static final WordSet ORDINALS = WordSet.of(ORDINAL_DAYS.toArray(new String[0]));
    /** How far after "day" a day or date that names the time may stand ("for a third day in a row on Thursday"). */
    private static final int DAY_NAMED_REACH = 7;

    /** "at the weekend", "over the weekend": the last Saturday and Sunday on or before publication. */
    private static Period weekend(LocalDate published) {
        LocalDate sunday = published.getDayOfWeek() == DayOfWeek.SATURDAY ? published.plusDays(1)
                : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return period(sunday.minusDays(1), sunday.isAfter(published) ? published : sunday);
    }

    /** "this week", "this month", "this year": from its start to publication. */
    private static Period thisUnit(List<Token> t, int i, int to, LocalDate published) {
        if (i >= to) {
            return null;
        }
        return switch (t.get(i).lower()) {
            case "week" -> period(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), published);
            case "month" -> period(published.withDayOfMonth(1), published);
            case "year" -> period(published.withDayOfYear(1), published);
            default -> null;
        };
    }

    /** "last week", "last month", "last year": the calendar unit before; "last three days": a rolling window. */
    private Period last(List<Token> t, int i, int to, LocalDate published) {
        if (i >= to) {
            return null;
        }
        if (i + 2 < to && t.get(i + 1).is("months") && t.get(i + 2).is("of")) {
            return monthsOf(t, i - 1, to, published); // "the last four months of 2016": of that year, no rolling window
        }
        switch (t.get(i).lower()) {
            case "week": {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return period(monday, monday.plusDays(6));
            }
            case "month": {
                LocalDate first = published.withDayOfMonth(1).minusMonths(1);
                return period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case "year": {
                LocalDate first = published.withDayOfYear(1).minusYears(1);
                return period(first, first.with(TemporalAdjusters.lastDayOfYear()));
            }
            default: {
                Month m = month(t.get(i).lower());
                if (m != null) {
                    // "last June": the last June before the month of publication
                    LocalDate first = LocalDate.of(published.getYear(), m, 1);
                    if (!first.isBefore(published.withDayOfMonth(1))) {
                        first = first.minusYears(1);
                    }
                    return period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
                }
                return rolling(t, i, to, published);
            }
        }
    }

    /** "the past week", "the past 24 hours", "the previous three days": a window ending at publication. */
    private static Period rolling(List<Token> t, int i, int to, LocalDate published) {
        if (i >= to) {
            return null;
        }
        ChronoUnit single = unit(t.get(i).lower());
        if (single != null) {
            return period(published.minus(1, single), published);
        }
        return spanOf(t, i, to, published);
    }

    /** "over the better part of two months", "in the past three days", "in mid-July", "in 2016", "in March and April". */
    private Period span(List<Token> t, int i, int to, LocalDate published) {
        int j = i;
        if (j < to && t.get(j).is("the")) {
            j++;
        }
        if (j + 2 < to && t.get(j).is("better") && t.get(j + 1).is("part") && t.get(j + 2).is("of")) {
            j += 3;
        }
        Period days = daysOf(t, j, to, published);
        if (days != null) {
            return days; // "over the last ten days of June" is of June, not the ten days before publication
        }
        boolean throughout = i >= 1 && (t.get(i - 1).is("during") || t.get(i - 1).is("over"));
        if (throughout && j > i && j < to && t.get(j).is("year")
                && (j + 1 == to || !YEAR_RELATIONS.contains(t.get(j + 1)) && t.get(j + 1).kind() != Token.Kind.NUMBER)) {
            // "displaced during the year": this one so far; in a review published in the first days of January, the one just ended
            return published.getDayOfYear() <= NEW_YEAR_REVIEW_DAYS
                    ? period(LocalDate.of(published.getYear() - 1, 1, 1), LocalDate.of(published.getYear() - 1, 12, 31))
                    : period(published.withDayOfYear(1), published);
        }
        if (j + 3 < to && t.get(j + 2).is("months") && t.get(j + 3).is("of")) {
            return monthsOf(t, j, to, published); // likewise "the last four months of 2016"; no rolling window if none
        }
        if (j < to && (t.get(j).is("past") || t.get(j).is("last") || t.get(j).is("previous"))) {
            return t.get(j).is("last") ? last(t, j + 1, to, published) : rolling(t, j + 1, to, published);
        }
        Period p = spanOf(t, j, to, published);
        if (p != null) {
            // "in five days of fighting for the base between August 19 and Sunday": the dates said, not the days before publication
            Period dated = datesAfterTheSpan(t, j, to, published);
            return dated != null ? dated : p;
        }
        p = partOf(t, j, to, published);
        if (p != null) {
            return p;
        }
        if (i < to) {
            Period month = monthPhrase(t, i, to, published);
            if (month != null) {
                // "in March and April"
                int after = monthEnd(t, i, to);
                if (after + 1 < to && t.get(after).is("and")) {
                    Period second = monthPhrase(t, after + 1, to, published, true);
                    if (second != null && second.getEnd() != null && !second.getEnd().isBefore(month.getStart())) {
                        return period(month.getStart(), second.getEnd());
                    }
                }
                return month;
            }
            Integer year = year(t.get(i).lower(), published);
            if (year != null) {
                return period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        }
        return null;
    }

    /** "the first week of June", "the second half of 2017", "the first half of the year", "the first ten days of August". */
    private static Period partOf(List<Token> t, int j, int to, LocalDate published) {
        Period days = daysOf(t, j, to, published);
        if (days != null) {
            return days;
        }
        if (j + 3 >= to || !t.get(j + 2).is("of")) {
            return null;
        }
        String ordinal = t.get(j).lower();
        String part = t.get(j + 1).lower();
        int index = switch (ordinal) {
            case "first" -> 0;
            case "second" -> 1;
            case "third" -> 2;
            case "fourth", "last" -> 3;
            default -> -1;
        };
        if (index < 0) {
            return null;
        }
        Month m = month(t.get(j + 3).lower());
        if (part.equals("week") && m != null) {
            LocalDate first = LocalDate.of(published.getYear(), m, 1);
            first = first.isAfter(published) ? first.minusYears(1) : first;
            LocalDate start = index == 3 ? first.with(TemporalAdjusters.lastDayOfMonth()).minusDays(6) : first.plusWeeks(index);
            return period(start, start.plusDays(6));
        }
        if (part.equals("half") && index <= 1 && m != null) {
            // "the first half of March": days 1-15, the second half the rest of the month
            LocalDate first = LocalDate.of(published.getYear(), m, 1);
            first = first.isAfter(published) ? first.minusYears(1) : first;
            return index == 0 ? period(first, first.plusDays(14)) : period(first.plusDays(15), first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (part.equals("half") && index <= 1) {
            Integer y = year(t.get(j + 3).lower(), published);
            int yr = y != null ? y : published.getYear();
            return index == 0 ? period(LocalDate.of(yr, 1, 1), LocalDate.of(yr, 6, 30)) : period(LocalDate.of(yr, 7, 1), LocalDate.of(yr, 12, 31));
        }
        return null;
    }

    /**
     * "the first six months of the year" (January to June), "the first three months of 2018", "the last
     * four months of 2016" (September to December): months of a year, never past publication.
     */
    private static Period monthsOf(List<Token> t, int j, int to, LocalDate published) {
        if (j + 4 >= to || !t.get(j + 2).is("months") || !t.get(j + 3).is("of") || !(t.get(j).is("first") || t.get(j).is("last"))) {
            return null;
        }
        long n = smallNumber(t.get(j + 1).lower());
        boolean thisYear = t.get(j + 4).is("the") && j + 5 < to && t.get(j + 5).is("year");
        Integer year = thisYear ? Integer.valueOf(published.getYear()) : year(t.get(j + 4).lower(), published);
        if (n < 1 || n > 11 || year == null) {
            return null;
        }
        LocalDate start = t.get(j).is("first") ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 1).minusMonths(n - 1);
        LocalDate end = start.plusMonths(n).minusDays(1);
        if (start.isAfter(published)) {
            return null; // "the last six months of the year" told in March: of no year the words settle
        }
        return end.isAfter(published) ? period(start, published) : period(start, end);
    }

    /** "the first ten days of August" (1-10 August), "the last 10 days of May" (22-31 May). */
    private static Period daysOf(List<Token> t, int j, int to, LocalDate published) {
        if (j + 4 >= to || !(t.get(j + 2).is("days") || t.get(j + 2).is("weeks")) || !t.get(j + 3).is("of")
                || !(t.get(j).is("first") || t.get(j).is("last"))) {
            return null;
        }
        // "the first two weeks of August": 14 days
        long n = smallNumber(t.get(j + 1).lower()) * (t.get(j + 2).is("weeks") ? 7 : 1);
        Month m = month(t.get(j + 4).lower());
        if (n < 1 || n > 28 || m == null) {
            return null;
        }
        Integer year = j + 5 < to ? year(t.get(j + 5).lower(), published) : null;
        LocalDate first = LocalDate.of(year != null ? year : published.getYear(), m, 1);
        first = year == null && first.isAfter(published) ? first.minusYears(1) : first;
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        Period p = t.get(j).is("first") ? period(first, first.plusDays(n - 1)) : period(last.minusDays(n - 1), last);
        // "in the first ten days of August" of an August story: no later than publication
        return p.getEnd().isAfter(published) ? period(p.getStart(), published) : p;
    }

    /** "two months", "three weeks", "10 days", "48 hours" ending at publication; "three weeks ago" starting then. */
    private static Period spanOf(List<Token> t, int j, int to, LocalDate published) {
        if (j + 1 >= to) {
            return null;
        }
        long n = smallNumber(t.get(j).lower());
        if (n < 0) {
            return null;
        }
        String u = t.get(j + 1).lower();
        if (j + 3 < to && (t.get(j + 2).is("in") || t.get(j + 2).is("of")) && MONTH_NAMES.contains(t.get(j + 3))) {
            return null; // "in one week in July": a week of that month, which the month's own words tell
        }
        if (u.equals("hours") || u.equals("hour")) {
            return period(published.minusDays(Math.max(1, (n + 23) / 24)), published);
        }
        ChronoUnit unit = unit(u);
        return unit == null ? null : period(published.minus(n, unit), published);
    }

    /** "since Sunday", "since September 30", "since March", "since 2014", "since the start of the year", "since the offensive began in June". */
    private Period since(List<Token> t, int i, int to, LocalDate published) {
        if (i >= to) {
            return null;
        }
        Period from = pointIn(t, i, to, published);
        if (from != null) {
            return period(from.getStart(), published);
        }
        // "since dawn", "since the morning", "since daybreak": today
        int moment = (t.get(i).is("the") || t.get(i).is("this")) && i + 1 < to ? i + 1 : i;
        if (t.get(moment).is("dawn") || t.get(moment).is("midnight") || t.get(moment).is("morning") || t.get(moment).is("daybreak")) {
            return day(published);
        }
        if (t.get(i).is("the") && i + 3 < to && t.get(i + 2).is("of")) {
            String edge = t.get(i + 1).lower();
            // "since the start of the month": the article before the unit is skipped
            String unit = t.get(i + 3).is("the") && i + 4 < to ? t.get(i + 4).lower() : t.get(i + 3).lower();
            boolean start = edge.equals("start") || edge.equals("beginning");
            if (start && unit.equals("year")) {
                return period(published.withDayOfYear(1), published);
            }
            if (start && unit.equals("month")) {
                return period(published.withDayOfMonth(1), published);
            }
            Month m = month(unit);
            if (edge.equals("end") && m != null) {
                LocalDate last = LocalDate.of(published.getYear(), m, 1).with(TemporalAdjusters.lastDayOfMonth());
                return period(last.isAfter(published) ? last.minusYears(1) : last, published);
            }
        }
        // "since the battle for Raqqa began in June", "since Islamic State began its assault three weeks ago",
        // "since Iraqi forces launched their assault on that side of the city on February 19": up to the clause's end
        for (int k = i; k < Math.min(to, i + 16) && !CLAUSE_ENDS.contains(t.get(k)); k++) {
            Period point = pointIn(t, k, to, published);
            if (point == null && t.get(k).is("in") && k + 1 < to) {
                point = pointIn(t, k + 1, to, published);
            }
            if (point == null && k + 2 < to && t.get(k + 2).is("ago")) {
                Period back = spanOf(t, k, to, published);
                point = back;
            }
            if (point != null) {
                return period(point.getStart(), published);
            }
        }
        return period(null, published);
    }

    /** A weekday, or a month with its day ("by Saturday", "by March 3"). */
    private static boolean weekdayOrDate(List<Token> t, int i, int to) {
        return weekday(t.get(i).lower()) != null
                || MONTH_NAMES.contains(t.get(i)) && i + 1 < to && t.get(i + 1).kind() == Token.Kind.NUMBER;
    }

    /** A moment a period starts from: a weekday, a date, a month (with its year), a year. */
    private Period pointIn(List<Token> t, int i, int to, LocalDate published) {
        if (i >= to) {
            return null; // "from" or "between" closing a sentence that was cut short
        }
        DayOfWeek day = weekday(t.get(i).lower());
        if (day != null) {
            return day(published.with(TemporalAdjusters.previousOrSame(day)));
        }
        Period m = monthPhrase(t, i, to, published, true);
        if (m != null) {
            return m;
        }
        Integer year = year(t.get(i).lower(), published);
        return year == null ? null : period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The "between" span that dates "five days of fighting for the base" a few words after it, or null. */
    private Period datesAfterTheSpan(List<Token> t, int j, int to, LocalDate published) {
        for (int k = j + 2; k < Math.min(to, j + SPAN_DATED_REACH); k++) {
            if (CLAUSE_ENDS.contains(t.get(k))) {
                return null;
            }
            if (t.get(k).is("between")) {
                return between(t, k + 1, to, published);
            }
        }
        return null;
    }

    /** How far after "five days" the "between" that dates them may stand: "five days of fighting for the base between". */
    private static final int SPAN_DATED_REACH = 9;

    /** "between June and October 2017", "between March 1 and March 15", "between August 2017 and April 2018". */
    private Period between(List<Token> t, int i, int to, LocalDate published) {
        return between(t, i, to, published, false);
    }

    private Period between(List<Token> t, int i, int to, LocalDate published, boolean from) {
        Period a = pointIn(t, i, to, published);
        if (a == null) {
            return dayThenDate(t, i, to, published, from);
        }
        int and = -1;
        // "between September 30, 2015 and August 31, 2018": the first date may take four words
        for (int k = i + 1; k < Math.min(to, i + 6); k++) {
            if (from ? t.get(k).is("to") || t.get(k).is("until") || t.get(k).is("through") : t.get(k).is("and")) {
                and = k;
                break;
            }
        }
        if (and < 0 && !from) {
            // "between February 18, when the assault began, and Thursday": a clause that tells of the first date
            and = andAfterAClause(t, i + 1, to);
        }
        if (and < 0 || and + 1 >= to) {
            return null;
        }
        Period b = pointIn(t, and + 1, to, published);
        if (b == null) {
            b = edgeOf(t, and + 1, to, published); // "between May 1 and the end of August"
        }
        if (b == null && !from) {
            b = dateOfAnEvent(t, and + 1, to, published);
        }
        if (b == null) {
            return null;
        }
        LocalDate start = a.getStart();
        // "between June and October 2017": the year written once, after the second month
        if (b.getStart().getYear() != start.getYear() && start.getMonthValue() <= b.getStart().getMonthValue()
                && !hasYear(t, i, and)) {
            start = start.withYear(b.getStart().getYear());
        }
        return start.isAfter(b.getEnd()) ? null : period(start, b.getEnd());
    }

    /** "the end of August" (its last day), "the start of May this year" (its first): a span's closing edge, or null. */
    private Period edgeOf(List<Token> t, int i, int to, LocalDate published) {
        if (i + 3 >= to || !t.get(i).is("the") || !t.get(i + 2).is("of")) {
            return null;
        }
        Token edge = t.get(i + 1);
        boolean end = edge.is("end");
        if (!end && !edge.is("start") && !edge.is("beginning")) {
            return null;
        }
        Period m = monthPhrase(t, i + 3, to, published, true);
        if (m == null) {
            return null;
        }
        LocalDate day = end ? m.getEnd() : m.getStart();
        return period(day, day);
    }

    /**
     * The "and" after a first date and a clause set off by commas that tells of it ("February 18, when
     * the assault began, and"); -1 when the words after the date are no such clause.
     */
    private static int andAfterAClause(List<Token> t, int from, int to) {
        int comma = -1;
        for (int k = from; k < Math.min(to, from + 5); k++) {
            if (t.get(k).is(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma + 1 >= to || !(t.get(comma + 1).is("when") || t.get(comma + 1).is("the") || t.get(comma + 1).is("as"))) {
            return -1;
        }
        for (int k = comma + 2; k + 1 < Math.min(to, comma + 2 + EVENT_CLAUSE_WORDS); k++) {
            if (t.get(k).is(",") && t.get(k + 1).is("and")) {
                return k + 1;
            }
            if (CLAUSE_ENDS.contains(t.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The date of the event that closes a span: "and the surrender of Douma on April 12", "and the town's
     * evacuation in April 2017"; the date after "on" or "in" within a few words, or null.
     */
    private Period dateOfAnEvent(List<Token> t, int from, int to, LocalDate published) {
        if (from >= to || !(t.get(from).is("the") || t.get(from).capitalised())) {
            return null;
        }
        for (int k = from + 1; k + 1 < Math.min(to, from + EVENT_CLAUSE_WORDS); k++) {
            if (CLAUSE_ENDS.contains(t.get(k))) {
                return null;
            }
            if (t.get(k).is("on") || t.get(k).is("in")) {
                Period p = pointIn(t, k + 1, to, published);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** How many words an event that bounds a span may take: "the fall of Daraa city on July 12". */
    private static final int EVENT_CLAUSE_WORDS = 10;

    /**
     * "between 15 and 22 August", "from 3 to 9 May": a day of the month the date after it names,
     * written once after the second day.
     */
    private Period dayThenDate(List<Token> t, int i, int to, LocalDate published, boolean from) {
        if (i + 2 >= to || t.get(i).kind() != Token.Kind.NUMBER || t.get(i).end() - t.get(i).start() > 2 || !allDigits(t.get(i).lower())
                || !(from ? t.get(i + 1).is("to") : t.get(i + 1).is("and"))) {
            return null;
        }
        Period b = pointIn(t, i + 2, to, published);
        if (b == null || b.getStart() == null || !b.getStart().equals(b.getEnd())) {
            return null; // not a day: "between 10 and 20 people"
        }
        int day = Integer.parseInt(t.get(i).text());
        return day >= 1 && day < b.getStart().getDayOfMonth() ? period(b.getStart().withDayOfMonth(day), b.getEnd()) : null;
    }

    /** "from April to June", "from March 2017 to January 2018": as "between ... and ...". */
    private Period fromTo(List<Token> t, int i, int to, LocalDate published) {
        return between(t, startOfSomethingIn(t, i, to), to, published, true);
    }

    /**
     * "from the start of the offensive in October 2016 to July": where the time in words that name the
     * start of something begins (after their "in"), or {@code i} when the words are not such.
     */
    private static int startOfSomethingIn(List<Token> t, int i, int to) {
        if (i + 4 >= to || !t.get(i).is("the") || !BEGINNINGS.contains(t.get(i + 1)) || !t.get(i + 2).is("of")) {
            return i;
        }
        for (int k = i + 3; k < Math.min(to - 1, i + 7); k++) {
            if (t.get(k).is("in")) {
                return k + 1;
            }
            if (!t.get(k).isWord()) {
                return i;
            }
        }
        return i;
    }

    private static final WordSet BEGINNINGS = WordSet.of("start", "beginning", "outset", "launch");

    private static boolean hasYear(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (w.length() == 4 && allDigits(w)) {
                return true;
            }
        }
        return false;
    }

    private Period monthPhrase(List<Token> t, int i, int to, LocalDate published) {
        return monthPhrase(t, i, to, published, false);
    }

    /**
     * "March 3", "3 March", "mid-July", "early July", "late July", "in July", "August 2014". A bare
     * month name counts only after "in" (or when the caller knows it names a time): "May" alone is
     * too often a verb.
     */
    private Period monthPhrase(List<Token> t, int i, int to, LocalDate published, boolean bareMonthOk) {
        String w = t.get(i).lower();
        String part = null;
        if (w.startsWith("mid-") || w.startsWith("early-") || w.startsWith("late-")) {
            part = w.substring(0, w.indexOf('-'));
            w = w.substring(w.indexOf('-') + 1);
        } else if ((w.equals("mid") || w.equals("early") || w.equals("late")) && i + 1 < to) {
            part = w;
            w = t.get(i + 1).lower();
            i++;
        }
        Month m = month(w);
        if (m == null && part != null && w.equals("last") && i + 1 < to && t.get(i + 1).is("month")) {
            // "late last month", "since early last month"
            LocalDate first = published.withDayOfMonth(1).minusMonths(1);
            return partOf(part, first);
        }
        if (m == null) {
            if (i + 1 < to && isDayNumber(w)) {
                Month after = month(t.get(i + 1).lower());
                if (after != null) {
                    // "3 March", "3 March 2014"
                    return day(dated(after, Integer.parseInt(w), yearAfter(t, i + 2, to, published), published));
                }
            }
            return null;
        }
        // "Oct. 4", "Sept. 12": the abbreviation's full stop stands between the month and the day
        int next = i + 1 < to && w.length() <= 4 && t.get(i + 1).is(".") ? i + 2 : i + 1;
        if (part == null && next < to && isDayNumber(t.get(next).lower())) {
            LocalDate d = dated(m, Integer.parseInt(t.get(next).lower()), yearAfter(t, next + 1, to, published), published);
            if (next + 2 < to && t.get(next + 1).is("-") && isDayNumber(t.get(next + 2).lower())) {
                // "on the night of March 16-17": both days
                int second = Integer.parseInt(t.get(next + 2).lower());
                if (second == d.getDayOfMonth() + 1 && second <= m.length(d.isLeapYear())) {
                    return period(d, d.plusDays(1));
                }
            }
            return day(d);
        }
        int dash = next < to ? t.get(next).lower().indexOf('-') : -1;
        if (part == null && dash > 0 && isDayNumber(t.get(next).lower().substring(0, dash))
                && isDayNumber(t.get(next).lower().substring(dash + 1))) {
            // "on the night of March 16-17" written as one token: both days
            LocalDate d = dated(m, Integer.parseInt(t.get(next).lower().substring(0, dash)), yearAfter(t, next + 1, to, published), published);
            int second = Integer.parseInt(t.get(next).lower().substring(dash + 1));
            return second == d.getDayOfMonth() + 1 && second <= m.length(d.isLeapYear()) ? period(d, d.plusDays(1)) : day(d);
        }
        LocalDate first = LocalDate.of(published.getYear(), m, 1);
        Integer year = yearAfter(t, next, to, published); // "in August 2014", "in August last year"
        if (year != null) {
            first = LocalDate.of(year, m, 1);
        } else if (first.isAfter(published)) {
            first = first.minusYears(1);
        }
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        if (part == null) {
            // "in July", "during July", "throughout July"; a bare "May" may be a name or a verb
            return year != null || bareMonthOk || i > 0 && (t.get(i - 1).is("in") || t.get(i - 1).is("during")
                    || t.get(i - 1).is("throughout")) ? period(first, last) : null;
        }
        return partOf(part, first);
    }

    /** "early", "mid" or "late" month: days 1-10, 11-20, 21 to the end. */
    private static Period partOf(String part, LocalDate first) {
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        return switch (part) {
            case "early" -> period(first, first.plusDays(9));
            case "mid" -> period(first.plusDays(10), first.plusDays(19));
            default -> period(first.plusDays(20), last);
        };
    }

    /** Index just past a month phrase starting at {@code i}. */
    private static int monthEnd(List<Token> t, int i, int to) {
        int k = i + 1 < to && t.get(i).lower().length() <= 4 && t.get(i + 1).is(".") ? i + 2 : i + 1;
        while (k < to && (isDayNumber(t.get(k).lower()) || t.get(k).lower().length() == 4 && allDigits(t.get(k).lower()))) {
            k++;
        }
        return k;
    }

    private static Integer year(String w, LocalDate published) {
        if (w.length() != 4 || !allDigits(w)) {
            return null;
        }
        int y = Integer.parseInt(w);
        return y >= 1990 && y <= published.getYear() ? y : null;
    }

    /**
     * The year that completes a date at {@code k}: "August 15, 2014", "15 August 2014"; null when
     * none does, and the date is then the last such day up to publication.
     */
    private static Integer yearAfter(List<Token> t, int k, int to, LocalDate published) {
        int at = k < to && t.get(k).is(",") ? k + 1 : k;
        if (at + 1 < to && t.get(at).is("last") && t.get(at + 1).is("year")) {
            return published.getYear() - 1; // "on June 25 last year", as "in August last year"
        }
        return at < to ? year(t.get(at).lower(), published) : null;
    }

    /** The day in {@code year}, or as {@link #dated(Month, int, LocalDate)} when the year is null. */
    private static LocalDate dated(Month m, int dayOfMonth, Integer year, LocalDate published) {
        if (year == null) {
            return dated(m, dayOfMonth, published);
        }
        LocalDate first = LocalDate.of(year, m, 1);
        LocalDate d = first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth()));
        return d.isAfter(published) ? dated(m, dayOfMonth, published) : d;
    }

    private static LocalDate dated(Month m, int dayOfMonth, LocalDate published) {
        LocalDate d = LocalDate.of(published.getYear(), m, Math.min(dayOfMonth, m.length(published.isLeapYear())));
        return d.isAfter(published) ? d.minusYears(1) : d;
    }

    private static boolean isDayNumber(String s) {
        if (s.isEmpty() || s.length() > 2 || !allDigits(s)) {
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
            default -> !w.isEmpty() && w.length() < 4 && allDigits(w) ? Long.parseLong(w) : -1;
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
    private static final Map<String, Month> MONTHS = months();

    private static Map<String, Month> months() {
        Map<String, Month> m = new HashMap<>();
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            m.put(full, month);
            m.put(full.substring(0, 3), month);
        }
        m.put("sept", Month.SEPTEMBER);
        return Map.copyOf(m);
    }

    private static Month month(String w) {
        return MONTHS.get(w);
    }

    private static final WordSet CLAUSE_ENDS = WordSet.of(",", ";", ":", ".", "\"", "-", "\u2013", "\u2014");
    private static final WordSet MONTH_NAMES = WordSet.of(MONTHS.keySet().toArray(new String[0]));

    /** How many days into January "the year" still means the one just ended. */
    private static final int NEW_YEAR_REVIEW_DAYS = 15;

    /** Words after "the year" that make it some other year: "the year before", "the year of the siege", "the year's deadliest". */
    private static final WordSet YEAR_RELATIONS = WordSet.of("before", "after", "of", "since", "earlier", "that", "when", "in", "to",
            "'s");

    /** Every word {@link #at} can start a period with, weekdays and months included. */
    private static final MarkedWords STARTS = startWords();

    private static MarkedWords startWords() {
        List<String> words = new java.util.ArrayList<>(MONTHS.keySet());
        for (DayOfWeek d : DayOfWeek.values()) {
            words.add(d.name().toLowerCase(Locale.ROOT));
        }
        words.addAll(List.of("yesterday", "today", "tonight", "weekend", "this", "last", "past", "previous", "over", "during",
                "within", "in", "since", "between", "from", "mid", "early", "late", "for"));
        return MarkedWords.of(words.toArray(new String[0]));
    }

    /** Every character a digit (true for ""), as {@code w.chars().allMatch(Character::isDigit)} without a stream. */
    private static boolean allDigits(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static Period day(LocalDate d) {
        return period(d, d);
    }

    /**
     * Whether two periods may be the same time: either not said, or they share a day (an open end
     * reaches any day). Echoes in the extractor and events in the reconciler both ask this.
     */
    public static boolean overlap(Period a, Period b) {
        if (a == null || b == null) {
            return true;
        }
        LocalDate aStart = a.getStart() == null ? LocalDate.MIN : a.getStart();
        LocalDate aEnd = a.getEnd() == null ? LocalDate.MAX : a.getEnd();
        LocalDate bStart = b.getStart() == null ? LocalDate.MIN : b.getStart();
        LocalDate bEnd = b.getEnd() == null ? LocalDate.MAX : b.getEnd();
        return !aEnd.isBefore(bStart) && !bEnd.isBefore(aStart);
    }

    /** A new period with the same bounds, or null for null: each claim owns its period record. */
    static Period copyOf(Period p) {
        return p == null ? null : period(p.getStart(), p.getEnd());
    }

    private static Period period(LocalDate start, LocalDate end) {
        // the all-arguments constructor: the builder validates and copies defaults, which costs more
        // than the rest of a period's making (as for the claims, see ClaimExtractor.toClaims)
        return new Period(start, end);
    }
}
