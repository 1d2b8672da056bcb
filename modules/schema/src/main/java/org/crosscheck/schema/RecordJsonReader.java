package org.crosscheck.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.apache.avro.Schema.Type;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Reads one JSON line into a generated record by walking its Avro schema; see {@link JsonRecords}. */
final class RecordJsonReader<T extends SpecificRecord> {

  // Thread-safe once built. Duplicate keys and a second value on the line are errors, not silently dropped.
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final int SHOWN_CHARS = 60;

  private final Class<T> type;
  private final SpecificData model;
  private final Schema schema;

  private RecordJsonReader(Class<T> type) {
    this.type = type;
    // The class's own model: it creates the generated nested classes and converts defaults (Instant, ...).
    this.model = SpecificData.getForClass(type);
    this.schema = model.getSchema(type);
  }

  static <T extends SpecificRecord> RecordJsonReader<T> forType(Class<T> type) {
    return new RecordJsonReader<>(type);
  }

  T read(String line) {
    JsonNode root;
    try {
      root = line == null ? null : MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at column " + at.getColumnNr();
      throw new JsonRecordException("", "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new JsonRecordException("", "not a JSON object");
    }
    return type.cast(readRecord(root, schema, FieldPath.ROOT));
  }

  private IndexedRecord readRecord(JsonNode node, Schema recordSchema, FieldPath path) {
    IndexedRecord record = (IndexedRecord) model.newRecord(null, recordSchema);
    for (Field field : recordSchema.getFields()) {
      FieldPath fieldPath = path.field(field.name());
      JsonNode child = node.get(field.name()); // fields not in the schema are ignored
      Object value = child == null ? missing(field, fieldPath) : read(child, field.schema(), fieldPath);
      record.put(field.pos(), value);
    }
    return record;
  }

  private Object missing(Field field, FieldPath path) {
    if (field.hasDefaultValue()) {
      // Copied, so records never share a mutable default (a list, a nested record).
      return model.deepCopy(field.schema(), model.getDefaultValue(field));
    }
    if (Unions.allowsNull(field.schema())) {
      return null;
    }
    throw new JsonRecordException(path.toString(), "required field missing");
  }

  private Object read(JsonNode node, Schema valueSchema, FieldPath path) {
    if (valueSchema.getType() == Type.UNION) {
      return readUnion(node, valueSchema, path);
    }
    if (node.isNull()) {
      if (valueSchema.getType() == Type.NULL) {
        return null;
      }
      throw new JsonRecordException(path.toString(), "must not be null");
    }
    LogicalType logical = valueSchema.getLogicalType();
    if (logical instanceof LogicalTypes.TimestampMillis) {
      return readInstant(node, path);
    }
    if (logical instanceof LogicalTypes.Date) {
      return readDate(node, path);
    }
    if (logical != null) {
      throw new JsonRecordException(path.toString(), "logical type " + logical.getName() + " has no JSON form yet");
    }
    return switch (valueSchema.getType()) {
      case RECORD -> {
        expect(node.isObject(), "a JSON object", node, path);
        yield readRecord(node, valueSchema, path);
      }
      case ARRAY -> readArray(node, valueSchema, path);
      case MAP -> readMap(node, valueSchema, path);
      case ENUM -> readEnum(node, valueSchema, path);
      case STRING -> {
        expect(node.isTextual(), "a string", node, path);
        yield node.textValue();
      }
      case INT -> {
        long value = readWholeNumber(node, path);
        if (value != (int) value) {
          throw new JsonRecordException(path.toString(), value + " is out of range for an int");
        }
        yield (int) value;
      }
      case LONG -> readWholeNumber(node, path);
      case FLOAT -> (float) readDouble(node, path);
      case DOUBLE -> readDouble(node, path);
      case BOOLEAN -> {
        expect(node.isBoolean(), "true or false", node, path);
        yield node.booleanValue();
      }
      case BYTES -> ByteBuffer.wrap(readBase64(node, path));
      case FIXED -> {
        byte[] bytes = readBase64(node, path);
        if (bytes.length != valueSchema.getFixedSize()) {
          throw new JsonRecordException(path.toString(),
              "expected " + valueSchema.getFixedSize() + " bytes, got " + bytes.length);
        }
        yield model.createFixed(null, bytes, valueSchema);
      }
      case NULL -> throw new JsonRecordException(path.toString(), "expected null, got " + show(node));
      default -> throw new IllegalStateException("unexpected schema type " + valueSchema.getType());
    };
  }

  private Object readUnion(JsonNode node, Schema union, FieldPath path) {
    if (node.isNull()) {
      if (Unions.allowsNull(union)) {
        return null;
      }
      throw new JsonRecordException(path.toString(), "must not be null");
    }
    List<Schema> branches = Unions.nonNullBranches(union);
    if (branches.size() == 1) {
      return read(node, branches.get(0), path); // its own error message is the most precise
    }
    for (Schema branch : branches) {
      try {
        return read(node, branch, path);
      } catch (JsonRecordException notThisBranch) {
        // try the next branch, in schema order
      }
    }
    String names = branches.stream().map(Schema::getName).collect(Collectors.joining(", "));
    throw new JsonRecordException(path.toString(), show(node) + " fits none of " + names);
  }

  private List<Object> readArray(JsonNode node, Schema arraySchema, FieldPath path) {
    expect(node.isArray(), "a JSON array", node, path);
    List<Object> list = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      list.add(read(node.get(i), arraySchema.getElementType(), path.index(i)));
    }
    return list;
  }

  private Map<String, Object> readMap(JsonNode node, Schema mapSchema, FieldPath path) {
    expect(node.isObject(), "a JSON object", node, path);
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      map.put(entry.getKey(), read(entry.getValue(), mapSchema.getValueType(), path.field(entry.getKey())));
    }
    return map;
  }

  private Object readEnum(JsonNode node, Schema enumSchema, FieldPath path) {
    expect(node.isTextual(), "one of " + String.join(", ", enumSchema.getEnumSymbols()), node, path);
    String symbol = node.textValue();
    if (!enumSchema.hasEnumSymbol(symbol)) {
      throw new JsonRecordException(path.toString(),
          show(node) + " is not one of " + String.join(", ", enumSchema.getEnumSymbols()));
    }
    return model.createEnum(symbol, enumSchema);
  }

  private static long readWholeNumber(JsonNode node, FieldPath path) {
    expect(node.isNumber(), "a number", node, path);
    if (!node.isIntegralNumber() && !node.canConvertToExactIntegral()) {
      throw new JsonRecordException(path.toString(), "expected a whole number, got " + show(node));
    }
    if (!node.canConvertToLong()) {
      throw new JsonRecordException(path.toString(), show(node) + " is out of range for a long");
    }
    return node.longValue();
  }

  private static double readDouble(JsonNode node, FieldPath path) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    // How JSON writers (Jackson included) spell the values JSON numbers cannot hold.
    if (node.isTextual() && List.of("NaN", "Infinity", "-Infinity").contains(node.textValue())) {
      return Double.parseDouble(node.textValue());
    }
    throw new JsonRecordException(path.toString(), "expected a number, got " + show(node));
  }

  private static byte[] readBase64(JsonNode node, FieldPath path) {
    expect(node.isTextual(), "a base64 string", node, path);
    try {
      return node.binaryValue();
    } catch (IOException | IllegalArgumentException e) {
      throw new JsonRecordException(path.toString(), "not base64: " + show(node), e);
    }
  }

  /** An ISO-8601 instant with Z or an offset, a plain date meaning midnight UTC, or epoch millis. */
  private static Instant readInstant(JsonNode node, FieldPath path) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return Instant.ofEpochMilli(node.longValue());
    }
    if (node.isTextual()) {
      String text = node.textValue().strip();
      try {
        return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
      } catch (DateTimeParseException notADateTime) {
        try {
          return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
          // reported below
        }
      }
    }
    throw new JsonRecordException(path.toString(), "not an ISO-8601 instant: " + show(node));
  }

  private static LocalDate readDate(JsonNode node, FieldPath path) {
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return LocalDate.ofEpochDay(node.intValue()); // Avro's own form: days since 1970-01-01
    }
    if (node.isTextual()) {
      try {
        return LocalDate.parse(node.textValue().strip());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw new JsonRecordException(path.toString(), "not an ISO-8601 date: " + show(node));
  }

  private static void expect(boolean ok, String expected, JsonNode node, FieldPath path) {
    if (!ok) {
      throw new JsonRecordException(path.toString(), "expected " + expected + ", got " + show(node));
    }
  }

  /** A value as it appears in messages: strings in single quotes, anything else as JSON, shortened. */
  private static String show(JsonNode node) {
    String text = node.isTextual() ? "'" + node.textValue() + "'" : node.toString();
    return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
  }
}
