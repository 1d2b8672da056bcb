package org.crosscheck.schema;

/**
 * Where in a record a value sits, e.g. {@code claims[2].count.low}, for error messages. Immutable and
 * linked to its parent, so walking a record costs one small object per level and the text is only
 * built when something is wrong.
 */
final class FieldPath {

  static final FieldPath ROOT = new FieldPath(null, null, -1);

  private final FieldPath parent;
  private final String name;
  private final int index;

  private FieldPath(FieldPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  FieldPath field(String fieldName) {
    return new FieldPath(this, fieldName, -1);
  }

  FieldPath index(int i) {
    return new FieldPath(this, null, i);
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    String prefix = parent.toString();
    if (name == null) {
      return prefix + "[" + index + "]";
    }
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
