package org.crosscheck.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.crosscheck.streams.StreamsSettings;

/**
 * Merges where {@code run}'s settings come from, in increasing priority: a properties file, then
 * {@code CROSSCHECK_*} environment variables, then command-line flags (the 12-factor order: the most
 * local, most deliberate source wins). {@link StreamsSettings#resolve} then fills in defaults for
 * whatever none of them set.
 */
final class SettingsSources {

    private SettingsSources() {}

    static Properties merge(Path configFile, Map<String, String> env, Properties flags) throws IOException {
        Properties merged = new Properties();
        if (configFile != null) {
            merged.putAll(load(configFile));
        }
        merged.putAll(StreamsSettings.fromEnvironment(env));
        merged.putAll(flags);
        return merged;
    }

    static Properties load(Path file) throws IOException {
        Properties props = new Properties();
        // UTF-8, not the ISO-8859-1 of Properties.load(InputStream): paths and ids may be non-ASCII
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        Properties trimmed = new Properties();
        props.stringPropertyNames().forEach(name -> trimmed.setProperty(name.trim(), props.getProperty(name).trim()));
        return trimmed;
    }
}
