package org.crosscheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Domain modules use org.crosscheck.schema without kafka-clients on their classpath. */
class NoKafkaInSchemaPackageTest {

  @Test
  void theSchemaPackageDoesNotImportKafka() throws IOException {
    Path pkg = Path.of(System.getProperty("basedir", "."), "src/main/java/org/crosscheck/schema");
    try (Stream<Path> files = Files.list(pkg)) {
      assertThat(files.filter(f -> f.toString().endsWith(".java")).toList())
          .isNotEmpty()
          .allSatisfy(f -> assertThat(Files.readString(f)).as(f.getFileName().toString())
              .doesNotContain("org.apache.kafka"));
    }
  }
}
