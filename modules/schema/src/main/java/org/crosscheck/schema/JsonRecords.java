package org.crosscheck.schema;

import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;

/**
 * The JSON-lines form of crosscheck records, the offline contract shared with files and tools.
 *
 * <p>Unlike Avro's own JSON encoding, it is the JSON a person would write: field names exactly as in the
 * schema (snake_case) in schema order, nullable unions as the plain value or {@code null} (no
 * {@code {"string": ...}} wrapping), enums as their symbol, {@code timestamp-millis} as an ISO-8601
 * instant ({@code "2017-08-24T12:00:00Z"}) and {@code date} as {@code "2017-08-24"}. One generic walk of
 * the Avro schema serves every record type.
 */
public final class JsonRecords {

  private JsonRecords() {}

  /**
   * One line of compact JSON (no line breaks).
   *
   * @throws JsonRecordException when a required field is null or a value does not fit its schema
   */
  public static String toJson(IndexedRecord record) {
    return RecordJsonWriter.write(record);
  }

  /**
   * Parses one JSON line into {@code type}. Missing fields take their schema default (nullable fields
   * without one become null); unknown fields are ignored; longs and ints accept JSON numbers;
   * timestamps accept an ISO-8601 instant with {@code Z} or an offset, a plain date (midnight UTC) or
   * epoch milliseconds.
   *
   * @throws JsonRecordException naming the field path and the problem
   */
  public static <T extends SpecificRecord> T fromJson(String line, Class<T> type) {
    return RecordJsonReader.forType(type).read(line);
  }
}
