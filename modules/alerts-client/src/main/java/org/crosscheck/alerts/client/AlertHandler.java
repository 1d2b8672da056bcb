package org.crosscheck.alerts.client;

/**
 * What a subscriber does with each alert. Called on the consumer's thread, one record at a time, in
 * partition order. The record counts as processed when this returns: its offset is committed after
 * that (at-least-once). A handler that throws stops the consumer: what was processed before is
 * committed, the failed record is not, and it is delivered again when a consumer of the group restarts.
 * Handlers should be idempotent: after a crash, records processed since the last commit come again.
 */
@FunctionalInterface
public interface AlertHandler {

    void handle(ReceivedAlert alert) throws Exception;
}
