package org.crosscheck.streams;

import java.util.Objects;

/**
 * An article that decoded but cannot be processed (see {@link ArticleValidator}). Thrown from the
 * extract processor, so Kafka Streams' processing exception handler writes the source record to the
 * dead-letter topic; its message, in the {@code __streams.errors.message} header, starts with the
 * {@linkplain ArticleValidator.Reason#code() reason code} and a colon, e.g.
 * {@code empty_body: article 'a-17' has an empty body}, so readers can count by reason.
 */
public final class InvalidArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ArticleValidator.Reason reason;

    public InvalidArticleException(ArticleValidator.Reason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason").code() + ": " + detail);
        this.reason = reason;
    }

    public ArticleValidator.Reason reason() {
        return reason;
    }

    /** The reason code at the start of a message of this exception, or null when it has none. */
    public static String reasonCode(String message) {
        if (message == null) {
            return null;
        }
        int colon = message.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String code = message.substring(0, colon);
        for (ArticleValidator.Reason r : ArticleValidator.Reason.values()) {
            if (r.code().equals(code)) {
                return code;
            }
        }
        return null;
    }
}
