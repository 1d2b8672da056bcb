package org.crosscheck.schema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Objects;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.crosscheck.schema.AvroCodecException.Reason;

/**
 * Avro single-object encoding of one generated record class: header C3 01, the 8-byte CRC-64-AVRO
 * fingerprint of the writer schema, then the binary body. The decoder looks the fingerprint up in a
 * {@link SchemaStore} (by default {@link SchemaHistory#store()}) and resolves the writer schema to the
 * current class, so messages written with an older compatible schema still decode.
 *
 * <p>Thread-safe: Avro documents {@link BinaryMessageEncoder} and {@link BinaryMessageDecoder} as
 * thread-safe (they keep their buffers in thread-locals), so one codec serves all stream threads.
 */
public final class AvroCodec<T extends SpecificRecord> {

  private final Class<T> type;
  private final Schema schema;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  /** A codec that can read every current and released schema. */
  public static <T extends SpecificRecord> AvroCodec<T> of(Class<T> type) {
    return new AvroCodec<>(type, SchemaHistory.store());
  }

  /** A codec that resolves writer schemas from {@code store}; the current schema is always known. */
  public AvroCodec(Class<T> type, SchemaStore store) {
    this.type = Objects.requireNonNull(type, "type");
    SpecificData model = CodecModel.forClass(type);
    this.schema = model.getSchema(type);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, Objects.requireNonNull(store, "store"));
  }

  public Class<T> type() {
    return type;
  }

  /** The current (reader and writer) schema. */
  public Schema schema() {
    return schema;
  }

  /** @throws AvroCodecException with reason ENCODE_FAILED, e.g. when a required field is null */
  public byte[] encode(T record) {
    Objects.requireNonNull(record, "record");
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try {
      encoder.encode(record, out);
    } catch (IOException | RuntimeException e) {
      throw failure(Reason.ENCODE_FAILED, "cannot encode", e);
    }
    return out.toByteArray();
  }

  /** @throws AvroCodecException naming the type and the {@link Reason} */
  public T decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    T record;
    try {
      record = decoder.decode(in, null);
    } catch (BadHeaderException e) {
      throw failure(Reason.BAD_HEADER, "not an Avro single-object message", e);
    } catch (MissingSchemaException e) {
      throw failure(Reason.UNKNOWN_SCHEMA, "writer schema is neither current nor released", e);
    } catch (AvroTypeException e) {
      throw failure(Reason.INCOMPATIBLE_SCHEMA, "writer schema cannot be read as the current schema", e);
    } catch (AvroRuntimeException e) {
      boolean truncated = e.getCause() instanceof EOFException;
      throw failure(truncated ? Reason.TRUNCATED : Reason.MALFORMED,
          truncated ? "message is truncated" : "message body is malformed", e);
    } catch (IOException | RuntimeException e) {
      throw failure(Reason.MALFORMED, "message body is malformed", e);
    }
    // The decoder stops at the end of the record; leftover bytes mean the input is not what we think.
    if (in.available() > 0) {
      throw failure(Reason.MALFORMED, in.available() + " unexpected bytes after the record", null);
    }
    return record;
  }

  private AvroCodecException failure(Reason reason, String what, Throwable cause) {
    String detail = cause == null ? "" : ": " + describe(cause);
    return new AvroCodecException(reason, type.getSimpleName() + ": " + what + detail, cause);
  }

  private static String describe(Throwable t) {
    Throwable root = t;
    StringBuilder text = new StringBuilder(String.valueOf(t.getMessage()));
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      text.append(" (").append(root.getClass().getSimpleName());
      if (root.getMessage() != null) {
        text.append(": ").append(root.getMessage());
      }
      text.append(')');
    }
    return text.toString();
  }
}
