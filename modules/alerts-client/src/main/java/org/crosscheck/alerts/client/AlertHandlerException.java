package org.crosscheck.alerts.client;

/** The handler failed on a record: {@link AlertConsumer#run()} stopped there. */
public final class AlertHandlerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReceivedAlert record;

    public AlertHandlerException(ReceivedAlert record, Throwable cause) {
        super("alert handler failed on " + record.alertId() + " (partition " + record.partition() + ", offset "
                + record.offset() + "): " + cause, cause);
        this.record = record;
    }

    /** The record the handler failed on; it was not committed. */
    public ReceivedAlert record() {
        return record;
    }
}
