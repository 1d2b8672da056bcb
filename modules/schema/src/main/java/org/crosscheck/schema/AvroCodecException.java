package org.crosscheck.schema;

/** A record could not be encoded or decoded; the message names the record type and the reason. */
public final class AvroCodecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why, so callers can tell corrupt input from a missing schema without parsing messages. */
  public enum Reason {
    /** The bytes do not start with the single-object marker (C3 01) and a fingerprint. */
    BAD_HEADER,
    /** The fingerprint names a writer schema that is neither current nor released. */
    UNKNOWN_SCHEMA,
    /** The writer schema is known but the current class cannot read it. */
    INCOMPATIBLE_SCHEMA,
    /** The body ended before the record did. */
    TRUNCATED,
    /** The body does not match the writer schema (bad lengths, enum indexes, trailing bytes, ...). */
    MALFORMED,
    /** The record could not be written, e.g. a required field is null. */
    ENCODE_FAILED
  }

  private final Reason reason;

  AvroCodecException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
