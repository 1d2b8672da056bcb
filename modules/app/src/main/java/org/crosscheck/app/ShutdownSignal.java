package org.crosscheck.app;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl-C for long-running commands: a shutdown hook that asks the command to stop and then waits for it
 * to finish closing (consumer, streams, broker), so the JVM does not exit half-way through a clean
 * shutdown. The command's own thread does the closing, in order; the hook only signals and waits.
 *
 * <p>{@link #close()} unregisters the hook, so a command run in-process (tests) leaves nothing behind.
 */
final class ShutdownSignal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSignal.class);
    /** How long Ctrl-C waits for the clean close before the JVM exits anyway. */
    private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(60);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final List<Runnable> onRequest = new CopyOnWriteArrayList<>();
    private final Thread hook;

    private ShutdownSignal(String name) {
        this.hook = new Thread(this::onSignal, name + "-shutdown");
    }

    static ShutdownSignal install(String name) {
        ShutdownSignal signal = new ShutdownSignal(name);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** Runs {@code action} when a stop is requested (e.g. wake a blocked consumer); at once if already requested. */
    void onRequest(Runnable action) {
        onRequest.add(action);
        if (isRequested()) {
            action.run();
        }
    }

    /** Asks the command to stop, as Ctrl-C does. */
    void request() {
        if (requested.getCount() > 0) {
            requested.countDown();
            for (Runnable action : onRequest) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.warn("while asking to stop: {}", e.toString());
                }
            }
        }
    }

    boolean isRequested() {
        return requested.getCount() == 0;
    }

    /** Waits for a stop request; true if one came within {@code timeout} (zero: wait for ever). */
    boolean await(Duration timeout) throws InterruptedException {
        if (timeout.isZero()) {
            requested.await();
            return true;
        }
        return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Marks the clean shutdown done (releasing a waiting hook) and unregisters the hook. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running (Ctrl-C): it is released by the countDown above
        }
    }

    private void onSignal() {
        request();
        try {
            if (!finished.await(FINISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("clean shutdown took longer than {}; exiting anyway", FINISH_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
