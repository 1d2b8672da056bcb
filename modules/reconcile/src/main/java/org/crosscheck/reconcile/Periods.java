package org.crosscheck.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.crosscheck.avro.Period;
import org.crosscheck.extract.PeriodResolver;

/** Period arithmetic where null means "not said": an unknown period overlaps everything. */
final class Periods {

    /** Two tolls whose ends are this close count the same period ("since June" and "since 1 June"). */
    static final int SAME_PERIOD_DAYS = 3;

    private Periods() {
    }

    static boolean overlap(Period a, Period b) {
        return PeriodResolver.overlap(a, b);
    }

    /** {@code inner} lies inside {@code outer} (both known; open ends are unbounded). */
    static boolean within(Period inner, Period outer) {
        if (inner == null || outer == null) {
            return false;
        }
        return !start(inner).isBefore(start(outer)) && !end(inner).isAfter(end(outer));
    }

    /** Two tolls over (nearly) the same period. */
    static boolean same(Period a, Period b) {
        return close(a.getStart(), b.getStart()) && close(a.getEnd(), b.getEnd());
    }

    private static boolean close(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= SAME_PERIOD_DAYS;
    }

    private static LocalDate start(Period p) {
        return p.getStart() == null ? LocalDate.MIN : p.getStart();
    }

    private static LocalDate end(Period p) {
        return p.getEnd() == null ? LocalDate.MAX : p.getEnd();
    }

    /** What a figure counts: one incident (a day or two), a toll over a longer time, or not said. */
    enum Scope { INCIDENT, CUMULATIVE, UNKNOWN }

    static Scope scope(Period p) {
        if (p == null || p.getStart() == null && p.getEnd() == null) {
            return Scope.UNKNOWN;
        }
        if (p.getStart() == null || p.getEnd() == null) {
            return Scope.CUMULATIVE;
        }
        return ChronoUnit.DAYS.between(p.getStart(), p.getEnd()) <= 1 ? Scope.INCIDENT : Scope.CUMULATIVE;
    }

    static String format(Period p) {
        if (p == null) {
            return "";
        }
        if (p.getStart() == null) {
            return "until " + p.getEnd();
        }
        if (p.getEnd() == null) {
            return "since " + p.getStart();
        }
        return p.getStart().equals(p.getEnd()) ? p.getStart().toString() : p.getStart() + ".." + p.getEnd();
    }
}
