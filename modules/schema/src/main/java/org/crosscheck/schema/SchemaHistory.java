package org.crosscheck.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;
import org.apache.avro.message.SchemaStore;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.avro.internal.ArticleClaims;
import org.crosscheck.avro.internal.EventState;

/**
 * Every schema a crosscheck message may have been written with: the released versions kept in
 * {@code schemas/history} (the pom copies them to {@value #HISTORY}) and the current schemas of the
 * generated classes. Decoders look writer schemas up here by fingerprint, so a message written by an
 * older producer stays readable after a compatible schema change.
 */
public final class SchemaHistory {

  /** Classpath folder of the released schemas. */
  public static final String HISTORY = "crosscheck/schemas/history/";

  /** Lists the released files: a classpath folder cannot be listed once it is inside a jar. */
  public static final String INDEX = HISTORY + "index.txt";

  // The top-level records written to topics and stores; nested records travel inside them.
  private static final List<Schema> CURRENT = List.of(
      Article.getClassSchema(),
      CasualtyClaim.getClassSchema(),
      ContradictionAlert.getClassSchema(),
      EventRecord.getClassSchema(),
      ArticleClaims.getClassSchema(),
      EventState.getClassSchema());

  private SchemaHistory() {}

  /** The schemas of the generated top-level classes. */
  public static List<Schema> current() {
    return CURRENT;
  }

  /** Every released schema, in index order (oldest first). */
  public static List<Schema> released() {
    return Loaded.RELEASED;
  }

  /** The released versions of one record, e.g. {@code org.crosscheck.avro.Article}, oldest first. */
  public static List<Schema> released(String fullName) {
    return Loaded.RELEASED.stream().filter(s -> s.getFullName().equals(fullName)).toList();
  }

  /** Released and current schemas by fingerprint; read-only view of a thread-safe cache. */
  public static SchemaStore store() {
    return Loaded.STORE;
  }

  /** The file names listed in {@value #INDEX}, in order. */
  public static List<String> indexedFiles() {
    return List.copyOf(Loaded.FILES.keySet());
  }

  /** Loaded on first use, so a broken index surfaces where the history is needed, with its cause. */
  private static final class Loaded {
    static final Map<String, List<String>> FILES = readIndex();
    static final List<Schema> RELEASED = FILES.keySet().stream().map(Loaded::parseReleased).toList();
    static final SchemaStore.Cache STORE = new SchemaStore.Cache();

    static {
      RELEASED.forEach(STORE::addSchema);
      CURRENT.forEach(STORE::addSchema);
    }

    /** file -> the files it refers to. */
    private static Map<String, List<String>> readIndex() {
      Map<String, List<String>> index = new LinkedHashMap<>();
      for (String line : readResource(INDEX).lines().toList()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] words = trimmed.split("\\s+");
        index.put(words[0], List.of(words).subList(1, words.length));
      }
      return index;
    }

    /**
     * Each released file gets its own parser, because two versions of one record cannot share a
     * parser; the files it refers to are parsed into the same parser so its type references resolve.
     */
    private static Schema parseReleased(String file) {
      SchemaParser parser = new SchemaParser();
      Set<String> referenced = new LinkedHashSet<>();
      collectReferences(file, referenced);
      referenced.remove(file);
      for (String ref : referenced) {
        parser.parse(readResource(HISTORY + ref));
      }
      try {
        return parser.parse(readResource(HISTORY + file)).mainSchema();
      } catch (RuntimeException e) {
        throw new IllegalStateException("released schema " + file + " does not parse: " + e.getMessage(), e);
      }
    }

    private static void collectReferences(String file, Set<String> into) {
      if (into.add(file)) {
        for (String ref : FILES.getOrDefault(file, List.of())) {
          collectReferences(ref, into);
        }
      }
    }

    private static String readResource(String path) {
      ClassLoader loader = SchemaHistory.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("schema history resource not on the classpath: " + path);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
  }
}
