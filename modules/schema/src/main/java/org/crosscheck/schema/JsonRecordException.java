package org.crosscheck.schema;

/**
 * A JSON line does not fit the record's schema (or a record cannot be written as JSON). The message is
 * {@code "<field path>: <problem>"}, e.g. {@code "claimant.name: required field missing"}, or just the
 * problem when it concerns the whole line.
 */
public final class JsonRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  JsonRecordException(String path, String problem) {
    this(path, problem, null);
  }

  JsonRecordException(String path, String problem, Throwable cause) {
    super(path.isEmpty() ? problem : path + ": " + problem, cause);
    this.path = path;
    this.problem = problem;
  }

  /** Dotted field path with array indexes, e.g. {@code claims[2].count.low}; empty for the whole line. */
  public String path() {
    return path;
  }

  /** What is wrong, without the path. */
  public String problem() {
    return problem;
  }
}
