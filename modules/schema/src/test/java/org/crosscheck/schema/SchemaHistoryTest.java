package org.crosscheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

class SchemaHistoryTest {

  /** The repository's schemas/history; surefire runs in the module directory and sets basedir. */
  static Path historyFolder() {
    return Path.of(System.getProperty("basedir", ".")).resolve("../../schemas/history").normalize();
  }

  @Test
  void theIndexListsEveryReleasedFile() throws IOException {
    try (Stream<Path> files = Files.list(historyFolder())) {
      assertThat(SchemaHistory.indexedFiles())
          .as("every file in %s must be listed in src/main/resources/%s", historyFolder(), SchemaHistory.INDEX)
          .containsExactlyInAnyOrderElementsOf(
              files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".avsc")).toList());
    }
  }

  @Test
  void everyReleasedSchemaParses() {
    assertThat(SchemaHistory.released()).hasSameSizeAs(SchemaHistory.indexedFiles());
  }

  @Test
  void theStoreFindsCurrentSchemasByFingerprint() {
    assertThat(SchemaHistory.current()).allSatisfy(current ->
        assertThat(SchemaHistory.store().findByFingerprint(SchemaNormalization.parsingFingerprint64(current)))
            .isNotNull()
            .extracting(s -> s.getFullName()).isEqualTo(current.getFullName()));
  }
}
