package org.crosscheck.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compatibility gate: the build fails when a current schema in /schemas can no longer read a
 * released version of the same record. Forward compatibility (old readers, new data) is reported only.
 */
class SchemaCompatibilityTest {

  private static final String CURRENT = "crosscheck/schemas/current";

  /** The top-level schema of every .avsc file the pom copied to the test classpath. */
  static List<Schema> currentSchemaFiles() throws IOException, URISyntaxException {
    Path folder = Path.of(Objects.requireNonNull(
        SchemaCompatibilityTest.class.getClassLoader().getResource(CURRENT), CURRENT).toURI());
    // One parser for all files: it resolves references between them in any order.
    SchemaParser parser = new SchemaParser();
    List<SchemaParser.ParseResult> results = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList()) {
        results.add(parser.parse(file));
      }
    }
    return results.stream().map(SchemaParser.ParseResult::mainSchema).toList();
  }

  @TestFactory
  Stream<DynamicTest> currentSchemasReadEveryReleasedVersion() throws Exception {
    Map<String, Schema> current = currentSchemaFiles().stream()
        .collect(Collectors.toMap(Schema::getFullName, Function.identity()));
    return SchemaHistory.released().stream().map(released -> dynamicTest(
        released.getFullName() + " " + Long.toHexString(SchemaNormalization.parsingFingerprint64(released)),
        () -> {
          Schema now = current.get(released.getFullName());
          assertThat(now).as("released record %s has no current schema; its topic still holds it",
              released.getFullName()).isNotNull();
          assertThat(CompatibilityGate.backwardProblems(now, released))
              .as("current %s cannot read messages written with a released version", released.getFullName())
              .isEmpty();
          List<String> forward = CompatibilityGate.forwardProblems(now, released);
          // Reported, not enforced: consumers are upgraded before producers. Surefire keeps stdout in
          // target/surefire-reports/*SchemaCompatibilityTest-output.txt.
          System.out.printf("forward compatibility of %s %x: %s%n", released.getFullName(),
              SchemaNormalization.parsingFingerprint64(released), forward.isEmpty() ? "yes" : "NO " + forward);
        }));
  }

  @Test
  void theGeneratedClassesAreTheCurrentSchemaFiles() throws Exception {
    // Guards SchemaHistory.current(): a new top-level schema file must be added there too.
    assertThat(currentSchemaFiles().stream().map(SchemaNormalization::parsingFingerprint64))
        .containsExactlyInAnyOrderElementsOf(
            SchemaHistory.current().stream().map(SchemaNormalization::parsingFingerprint64).toList());
  }
}
