package org.crosscheck.schema.kafka;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/** A topic name with the serdes of its keys and values, so producers and consumers cannot disagree. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySerde, "keySerde");
    Objects.requireNonNull(valueSerde, "valueSerde");
  }

  @Override
  public String toString() {
    return name;
  }
}
