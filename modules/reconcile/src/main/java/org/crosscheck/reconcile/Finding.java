package org.crosscheck.reconcile;

import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.CasualtyClaim;

/** One contradiction found between two claims, before it becomes an alert. {@code first} arrived first. */
record Finding(AlertKind kind, CasualtyClaim first, CasualtyClaim second, double gap) {
}
