package org.crosscheck.ops;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.crosscheck.streams.InvalidArticleException;

/**
 * Reads why a record was dead-lettered from the headers Kafka Streams writes on it (KIP-1034):
 * {@code __streams.errors.exception} (the exception's class), {@code __streams.errors.message},
 * {@code __streams.errors.stacktrace}, and where the record came from ({@code .topic}, {@code .partition},
 * {@code .offset}). The reason is a small fixed vocabulary, fit for a metric label:
 *
 * <ul>
 *   <li>{@value #UNDECODABLE}: the bytes are not an Avro article (a deserialization failure);</li>
 *   <li>{@code blank_id}, {@code missing_date}, {@code empty_body}, {@code too_large}: an article that
 *       decoded but was refused ({@link org.crosscheck.streams.ArticleValidator});</li>
 *   <li>{@value #PROCESSING_ERROR}: any other exception in a processor;</li>
 *   <li>{@value #UNKNOWN}: no error headers at all.</li>
 * </ul>
 */
public final class DeadLetters {

    public static final String HEADER_PREFIX = "__streams.errors.";
    public static final String EXCEPTION = HEADER_PREFIX + "exception";
    public static final String MESSAGE = HEADER_PREFIX + "message";

    public static final String UNDECODABLE = "undecodable";
    public static final String PROCESSING_ERROR = "processing_error";
    public static final String UNKNOWN = "unknown";

    private DeadLetters() {}

    /** The reason label for a dead-lettered record, from its headers. */
    public static String reason(Headers headers) {
        String exception = header(headers, EXCEPTION);
        String message = header(headers, MESSAGE);
        if (exception == null) {
            return UNKNOWN;
        }
        if (exception.equals(InvalidArticleException.class.getName())) {
            String code = InvalidArticleException.reasonCode(message);
            return code != null ? code : PROCESSING_ERROR;
        }
        if (exception.equals(SerializationException.class.getName())
                || exception.endsWith("DeserializationException") || exception.endsWith("AvroCodecException")) {
            return UNDECODABLE;
        }
        return PROCESSING_ERROR;
    }

    /** Every {@value #HEADER_PREFIX}* header as text, for people (the stack trace left out). */
    public static Map<String, String> describe(Headers headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Header h : headers) {
            if (h.key().startsWith(HEADER_PREFIX) && !h.key().endsWith("stacktrace")) {
                out.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String header(Headers headers, String key) {
        Header h = headers.lastHeader(key);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
