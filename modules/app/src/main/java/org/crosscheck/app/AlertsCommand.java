package org.crosscheck.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.crosscheck.schema.JsonRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Follows the alerts topic of a running cluster. */
@Command(name = "alerts",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Follows the alerts topic and prints each alert as it arrives.",
        description = {
            "Follows crosscheck.alerts.v1 and prints each alert state as it arrives, until Ctrl-C (or a limit"
                + " below). Readable form by default:",
            "  [OPEN] NUMERIC sev 0.72  <event id>  sohr vs coalition",
            "      <summary>",
            "--json prints the alert contract instead, one JSON object per line. Only committed alerts are"
                + " read (read_committed)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by Ctrl-C or a limit", ExitCodes.USAGE_LINE, ExitCodes.FAILURE_LINE})
final class AlertsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsCommand.class);

    @Mixin
    BootstrapOption bootstrap;

    @Option(names = "--json", description = "Print each alert as one line of contract JSON.")
    boolean json;

    @Option(names = "--from-beginning",
            description = "Start with the oldest alert still in the topic (with --group: only when the group has"
                    + " no committed position). Default: only alerts raised from now on.")
    boolean fromBeginning;

    @Option(names = "--group", paramLabel = "G",
            description = "Consumer group: commits its position, so the next run continues where this one stopped."
                    + " Default: none (nothing committed).")
    String group;

    @Option(names = "--max", paramLabel = "N", defaultValue = "0",
            description = "Stop after N alerts. Default: no limit.")
    long max;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop after SECONDS without a new alert. Default: wait for ever.")
    long timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (max < 0 || timeoutSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max and --timeout must not be negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        AlertFormatter formatter = new AlertFormatter();
        TailLimits limits = new TailLimits(max, Duration.ofSeconds(timeoutSeconds), Duration.ZERO);
        try (ShutdownSignal signal = ShutdownSignal.install("alerts");
             AlertTail tail = new AlertTail(bootstrap.resolve(), Optional.ofNullable(group), fromBeginning)) {
            signal.onRequest(tail::wakeup);
            long n = tail.run(alert -> {
                out.println(json ? JsonRecords.toJson(alert) : formatter.format(alert));
                out.flush(); // a tail is read live: each alert as it comes
            }, limits);
            LOG.info("{} alerts", n);
        }
        return ExitCodes.OK;
    }
}
