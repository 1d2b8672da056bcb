package org.crosscheck.schema;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/** The rule a schema change must pass: the current schema reads everything written with a released one. */
final class CompatibilityGate {

  private CompatibilityGate() {}

  /** Why {@code current} cannot read data written with {@code released}; empty when it can. */
  static List<String> backwardProblems(Schema current, Schema released) {
    return problems(current, released);
  }

  /** Why a consumer still on {@code released} cannot read data written with {@code current}. */
  static List<String> forwardProblems(Schema current, Schema released) {
    return problems(released, current);
  }

  private static List<String> problems(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult()
        .getIncompatibilities().stream()
        .map(CompatibilityGate::describe)
        .toList();
  }

  private static String describe(Incompatibility i) {
    return i.getType() + " at " + i.getLocation() + ": " + i.getMessage();
  }
}
