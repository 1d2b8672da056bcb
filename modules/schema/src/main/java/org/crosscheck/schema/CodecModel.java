package org.crosscheck.schema;

import java.util.ArrayList;
import java.util.Collection;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * The Avro data model the codec reads and writes a generated class with: the class's own logical-type
 * conversions (Instant, LocalDate), but arrays decode to {@link ArrayList} instead of
 * {@code GenericData.Array}.
 *
 * <p>Why: {@code GenericData.Array#equals} compares elements through the global {@code GenericData.get()},
 * which has no conversions, so it throws "Unknown datum type java.time.LocalDate" as soon as an element
 * holds a date inside a union (e.g. {@code ContradictionAlert.claims[i].period.start}). Plain lists
 * compare their elements with the elements' own, converting, {@code equals}.
 */
final class CodecModel {

  private CodecModel() {}

  static SpecificData forClass(Class<?> type) {
    SpecificData model = new SpecificData(type.getClassLoader()) {
      @Override
      public Object newArray(Object old, int size, Schema schema) {
        if (old instanceof Collection<?> reused) {
          reused.clear();
          return reused;
        }
        return new ArrayList<>(size);
      }
    };
    SpecificData.getForClass(type).getConversions().forEach(model::addLogicalTypeConversion);
    return model;
  }
}
