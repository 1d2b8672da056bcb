package org.crosscheck.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.crosscheck.streams.ArticleValidator;
import org.crosscheck.streams.InvalidArticleException;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static RecordHeaders headers(String exception, String message) {
        RecordHeaders h = new RecordHeaders();
        if (exception != null) {
            h.add(DeadLetters.EXCEPTION, exception.getBytes(StandardCharsets.UTF_8));
        }
        if (message != null) {
            h.add(DeadLetters.MESSAGE, message.getBytes(StandardCharsets.UTF_8));
        }
        return h;
    }

    @Test
    void aRecordThatIsNotAvroIsUndecodable() {
        assertThat(DeadLetters.reason(headers(SerializationException.class.getName(),
                "topic crosscheck.articles.v1: Article: not an Avro single-object message"))).isEqualTo("undecodable");
    }

    @Test
    void anInvalidArticleCarriesItsReasonCode() {
        for (ArticleValidator.Reason reason : ArticleValidator.Reason.values()) {
            String message = new InvalidArticleException(reason, "detail: with a colon").getMessage();
            assertThat(DeadLetters.reason(headers(InvalidArticleException.class.getName(), message)))
                    .isEqualTo(reason.code());
        }
    }

    @Test
    void anyOtherFailureIsAProcessingErrorAndNoHeadersIsUnknown() {
        assertThat(DeadLetters.reason(headers(IllegalStateException.class.getName(), "boom"))).isEqualTo("processing_error");
        assertThat(DeadLetters.reason(headers(InvalidArticleException.class.getName(), "no code here")))
                .isEqualTo("processing_error");
        assertThat(DeadLetters.reason(headers(null, null))).isEqualTo("unknown");
    }
}
