package org.crosscheck.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.apache.avro.specific.SpecificRecord;
import org.crosscheck.schema.JsonRecordException;
import org.crosscheck.schema.JsonRecords;

/**
 * Reads JSON lines into Avro records one line at a time, so that a bad line is reported with its number
 * and the rest of the input is still read (the offline contract: nothing stops at the first error).
 *
 * <p>Lines are split on bytes, not chars, so that a line over the size limit is refused without ever
 * being held in memory whole: a 2 GB line costs {@code maxLineBytes} of buffer, not 2 GB. Blank lines are
 * skipped silently (a trailing newline is not an error); a UTF-8 byte order mark on line 1 and a CR
 * before the LF are tolerated, since editors on other systems write them.
 */
public final class JsonLinesReader<T extends SpecificRecord> {

    /**
     * The article size limit: the broker's default message size (1 MiB). A larger article could not be
     * produced to a default broker anyway, so it is refused here, with its line number, instead of later
     * by the producer.
     */
    public static final int MAX_LINE_BYTES = 1024 * 1024;

    /** Receives each good record with its 1-based line number. */
    @FunctionalInterface
    public interface RecordHandler<T> {
        void accept(long lineNumber, T record) throws IOException;
    }

    /** Receives each bad line's 1-based number and what is wrong with it. */
    @FunctionalInterface
    public interface ErrorHandler {
        void badLine(long lineNumber, String reason);
    }

    /** A check beyond the schema; returns what is wrong, or null when the record is fine. */
    @FunctionalInterface
    public interface Validator<T> {
        String problem(T record);
    }

    /** How many lines were handed on and how many were reported bad (blank lines are neither). */
    public record Counts(long good, long bad) {
    }

    private static final int CHUNK = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Class<T> type;
    private final int maxLineBytes;
    private final Validator<T> validator;

    public JsonLinesReader(Class<T> type, int maxLineBytes, Validator<T> validator) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.type = Objects.requireNonNull(type, "type");
        this.maxLineBytes = maxLineBytes;
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    public JsonLinesReader(Class<T> type) {
        this(type, MAX_LINE_BYTES, record -> null);
    }

    /**
     * Reads {@code in} to its end (it is not closed). Exceptions thrown by {@code onRecord} propagate:
     * the caller decides whether its own failures are per-line or fatal.
     */
    public Counts read(InputStream in, RecordHandler<T> onRecord, ErrorHandler onError) throws IOException {
        LineSplitter lines = new LineSplitter(in);
        long good = 0;
        long bad = 0;
        for (Line line = lines.next(); line != null; line = lines.next()) {
            String problem;
            T record = null;
            if (line.oversized) {
                problem = "longer than " + maxLineBytes + " bytes (the article size limit); refused";
            } else {
                String text;
                try {
                    text = decode(line.bytes, line.number == 1);
                } catch (CharacterCodingException e) {
                    text = null;
                }
                if (text == null) {
                    problem = "not valid UTF-8";
                } else if (text.isBlank()) {
                    continue;
                } else {
                    try {
                        record = JsonRecords.fromJson(text, type);
                        problem = validator.problem(record);
                    } catch (JsonRecordException e) {
                        problem = e.getMessage();
                    }
                }
            }
            if (problem != null) {
                bad++;
                onError.badLine(line.number, problem);
            } else {
                good++;
                onRecord.accept(line.number, record);
            }
        }
        return new Counts(good, bad);
    }

    private static String decode(byte[] bytes, boolean first) throws CharacterCodingException {
        int from = first && startsWithBom(bytes) ? UTF8_BOM.length : 0;
        int to = bytes.length > from && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        // REPORT rather than the default REPLACE: a mangled file should be named, not silently read as U+FFFD
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private record Line(long number, byte[] bytes, boolean oversized) {
    }

    /** Splits a byte stream on LF, keeping at most {@code maxLineBytes} (+1 for a CR) of any line. */
    private final class LineSplitter {
        private final InputStream in;
        private final byte[] chunk = new byte[CHUNK];
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private int pos;
        private int end;
        private long number;
        private boolean eof;

        LineSplitter(InputStream in) {
            this.in = in;
        }

        Line next() throws IOException {
            current.reset();
            long length = 0;
            while (true) {
                if (pos == end) {
                    if (eof || !fill()) {
                        eof = true;
                        if (length == 0) {
                            return null;
                        }
                        return finish(length);
                    }
                }
                int lf = indexOfLf(pos, end);
                int stop = lf < 0 ? end : lf;
                int take = stop - pos;
                // one byte of slack so that a line of exactly maxLineBytes ending in CRLF is not oversized
                long room = (long) maxLineBytes + 1 - current.size();
                if (room > 0) {
                    current.write(chunk, pos, (int) Math.min(room, take));
                }
                length += take;
                pos = stop;
                if (lf >= 0) {
                    pos++; // past the LF
                    return finish(length);
                }
            }
        }

        private Line finish(long length) {
            number++;
            byte[] bytes = current.toByteArray();
            long content = length > 0 && bytes.length > 0 && bytes[bytes.length - 1] == '\r' && length == bytes.length
                    ? length - 1 : length;
            return new Line(number, bytes, content > maxLineBytes);
        }

        private boolean fill() throws IOException {
            int n = in.read(chunk);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }

        private int indexOfLf(int from, int to) {
            for (int i = from; i < to; i++) {
                if (chunk[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
