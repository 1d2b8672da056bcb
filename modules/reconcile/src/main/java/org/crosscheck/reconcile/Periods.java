package org.crosscheck.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.crosscheck.avro.Period;

/** Period arithmetic where null means "not said": an unknown period overlaps everything. */
final class Periods {

    private Periods() {
    }

    static boolean overlap(Period a, Period b) {
        if (a == null || b == null) {
            return true;
        }
        LocalDate aStart = a.getStart() == null ? LocalDate.MIN : a.getStart();
        LocalDate aEnd = a.getEnd() == null ? LocalDate.MAX : a.getEnd();
        LocalDate bStart = b.getStart() == null ? LocalDate.MIN : b.getStart();
        LocalDate bEnd = b.getEnd() == null ? LocalDate.MAX : b.getEnd();
        return !aEnd.isBefore(bStart) && !bEnd.isBefore(aStart);
    }

    /** What a figure counts: one incident (a day or two), a toll over a longer time, or not said. */
    enum Scope { INCIDENT, CUMULATIVE, UNKNOWN }

    static Scope scope(Period p) {
        if (p == null) {
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
