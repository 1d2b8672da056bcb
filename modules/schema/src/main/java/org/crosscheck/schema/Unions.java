package org.crosscheck.schema;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;
import org.apache.avro.UnresolvedUnionException;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;

/** Union helpers shared by the JSON reader and writer. */
final class Unions {

  // Knows the logical-type classes, so a LocalDate or Instant resolves to its int/long branch.
  private static final SpecificData MODEL = new SpecificData();

  static {
    MODEL.addLogicalTypeConversion(new TimeConversions.DateConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
  }

  private Unions() {}

  static boolean allowsNull(Schema schema) {
    return schema.getType() == Type.NULL
        || schema.getType() == Type.UNION && schema.getTypes().stream().anyMatch(b -> b.getType() == Type.NULL);
  }

  static List<Schema> nonNullBranches(Schema union) {
    return union.getTypes().stream().filter(b -> b.getType() != Type.NULL).toList();
  }

  /** The branch a non-null value is written as: the only one of a nullable union, else Avro's choice. */
  static Schema branchFor(Schema union, Object value, FieldPath path) {
    List<Schema> branches = nonNullBranches(union);
    if (branches.size() == 1) {
      return branches.get(0);
    }
    try {
      return union.getTypes().get(MODEL.resolveUnion(union, value));
    } catch (UnresolvedUnionException e) {
      throw new JsonRecordException(path.toString(),
          value.getClass().getSimpleName() + " fits no branch of " + union, e);
    }
  }
}
