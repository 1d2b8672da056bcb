package org.crosscheck.app;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;

/**
 * The readable form of an alert, for people watching a terminal ({@code alerts}, {@code demo}):
 *
 * <pre>
 * [OPEN] NUMERIC sev 0.72  sy-raqqa/sy-raqqa-city/...  sohr vs coalition
 *     SOHR counts 120 civilians killed ...; the coalition says 12.
 * </pre>
 *
 * The first line is fixed-order and greppable (status, kind, severity, event id, claimants); the summary
 * follows on its own indented line. Scripts should use {@code --json} instead.
 */
final class AlertFormatter {

    private static final String INDENT = "    ";

    String format(ContradictionAlert alert) {
        StringBuilder sb = new StringBuilder()
                .append('[').append(alert.getStatus()).append("] ")
                .append(alert.getKind())
                .append(String.format(Locale.ROOT, " sev %.2f", alert.getSeverity()))
                .append("  ").append(alert.getEvent().getId())
                .append("  ").append(claimants(alert));
        String summary = alert.getSummary() == null ? "" : alert.getSummary().strip();
        if (!summary.isEmpty()) {
            // one alert stays one block even when a summary quotes text with line breaks
            sb.append(System.lineSeparator()).append(INDENT).append(summary.replaceAll("\\s*\\R\\s*", " "));
        }
        return sb.toString();
    }

    /** Distinct claimant ids in claim order: "sohr vs coalition". */
    private static String claimants(ContradictionAlert alert) {
        Set<String> ids = new LinkedHashSet<>();
        for (CasualtyClaim claim : alert.getClaims()) {
            ids.add(claim.getClaimant().getId());
        }
        return ids.isEmpty() ? "(no claims)" : String.join(" vs ", ids);
    }
}
