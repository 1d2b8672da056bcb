/**
 * Avro encoding, schema history and the JSON-lines mapping of crosscheck records.
 *
 * <p>Deliberately free of Kafka imports: the domain modules (extract, reconcile) use this package
 * with kafka-clients excluded from their classpath. Kafka glue lives in {@code org.crosscheck.schema.kafka}.
 */
package org.crosscheck.schema;
