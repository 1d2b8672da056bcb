package org.crosscheck.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.apache.avro.Schema.Type;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/** Writes a record as one line of JSON by walking its Avro schema; see {@link JsonRecords}. */
final class RecordJsonWriter {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private RecordJsonWriter() {}

  static String write(IndexedRecord record) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      writeRecord(json, record.getSchema(), record, FieldPath.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
    }
    return out.toString();
  }

  private static void writeRecord(JsonGenerator json, Schema schema, IndexedRecord record, FieldPath path)
      throws IOException {
    json.writeStartObject();
    for (Field field : schema.getFields()) {
      if (omittedAtDefault(field, record.get(field.pos()))) {
        continue;
      }
      json.writeFieldName(field.name());
      write(json, field.schema(), record.get(field.pos()), path.field(field.name()));
    }
    json.writeEndObject();
  }

  /**
   * A field marked {@code "crosscheck.json": "omit-when-default"} in its schema is left out of the line
   * while it holds its default, so that a field added to a record for Kafka consumers (a claim's
   * {@code retracted}) does not change the JSON-lines contract; the reader fills the default back in.
   */
  static boolean omittedAtDefault(Field field, Object value) {
    if (!OMIT_WHEN_DEFAULT.equals(field.getProp(JSON_PROP)) || !field.hasDefaultValue()) {
      return false;
    }
    Object defaultValue = field.defaultVal();
    if (defaultValue == org.apache.avro.JsonProperties.NULL_VALUE) {
      return value == null;
    }
    return defaultValue != null && defaultValue.equals(value);
  }

  static final String JSON_PROP = "crosscheck.json";
  static final String OMIT_WHEN_DEFAULT = "omit-when-default";

  private static void write(JsonGenerator json, Schema schema, Object value, FieldPath path) throws IOException {
    if (value == null) {
      if (!Unions.allowsNull(schema)) {
        throw new JsonRecordException(path.toString(), "required field is null");
      }
      json.writeNull();
      return;
    }
    if (schema.getType() == Type.UNION) {
      // The plain value, not Avro's {"type": value} wrapping.
      write(json, Unions.branchFor(schema, value, path), value, path);
      return;
    }
    try {
      writeNonNull(json, schema, value, path);
    } catch (ClassCastException e) {
      throw new JsonRecordException(path.toString(),
          "a " + value.getClass().getSimpleName() + " does not fit schema " + schema, e);
    }
  }

  private static void writeNonNull(JsonGenerator json, Schema schema, Object value, FieldPath path)
      throws IOException {
    LogicalType logical = schema.getLogicalType();
    if (logical instanceof LogicalTypes.TimestampMillis) {
      json.writeString(asInstant(value).toString());
      return;
    }
    if (logical instanceof LogicalTypes.Date) {
      json.writeString(asDate(value).toString());
      return;
    }
    if (logical != null) {
      throw new JsonRecordException(path.toString(), "logical type " + logical.getName() + " has no JSON form yet");
    }
    switch (schema.getType()) {
      case RECORD -> writeRecord(json, schema, (IndexedRecord) value, path);
      case ARRAY -> {
        json.writeStartArray();
        int i = 0;
        for (Object element : (Collection<?>) value) {
          write(json, schema.getElementType(), element, path.index(i++));
        }
        json.writeEndArray();
      }
      case MAP -> {
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          String key = entry.getKey().toString();
          json.writeFieldName(key);
          write(json, schema.getValueType(), entry.getValue(), path.field(key));
        }
        json.writeEndObject();
      }
      case ENUM -> json.writeString(value.toString());
      case STRING -> json.writeString(value.toString());
      case INT -> json.writeNumber(((Number) value).intValue());
      case LONG -> json.writeNumber(((Number) value).longValue());
      case FLOAT -> json.writeNumber(((Number) value).floatValue());
      case DOUBLE -> json.writeNumber(((Number) value).doubleValue());
      case BOOLEAN -> json.writeBoolean((Boolean) value);
      case BYTES -> json.writeBinary(toArray((ByteBuffer) value));
      case FIXED -> json.writeBinary(((GenericFixed) value).bytes());
      case NULL -> throw new JsonRecordException(path.toString(), "expected null");
      default -> throw new IllegalStateException("unexpected schema type " + schema.getType());
    }
  }

  // Generated classes hold Instant/LocalDate; generic records hold the underlying long/int.
  private static Instant asInstant(Object value) {
    return value instanceof Instant instant ? instant : Instant.ofEpochMilli(((Number) value).longValue());
  }

  private static LocalDate asDate(Object value) {
    return value instanceof LocalDate date ? date : LocalDate.ofEpochDay(((Number) value).intValue());
  }

  private static byte[] toArray(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
