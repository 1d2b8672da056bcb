package org.crosscheck.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.crosscheck.ops.LagException;
import org.crosscheck.ops.LagReader;
import org.crosscheck.ops.LagReport;
import org.crosscheck.ops.OpsJson;
import org.crosscheck.ops.OpsSettings;
import org.crosscheck.ops.PartitionLag;
import org.crosscheck.streams.StreamsSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How far a consumer group is behind, per topic and partition, in records and in seconds. */
@Command(name = "lag",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Shows how far a consumer group is behind: per partition, in records and in seconds.",
        description = {
            "For each topic and partition the group reads: the committed offset, the end offset, the records"
                + " between them (LAG) and how old the oldest of them is (LAG_S, from its timestamp): seconds"
                + " behind, which is what matters. 0 when nothing waits, ? when its timestamp could not be read.",
            "Default group: the pipeline's own (its application.id: $CROSSCHECK_APPLICATION_ID, else crosscheck);"
                + " give an alert subscriber's group with --group. The group is only read: the record timestamps"
                + " are fetched by a consumer that joins no group and commits nothing.",
            "Under exactly_once_v2 a partition often ends with a transaction marker no consumer receives: a group"
                + " that has read everything shows 0, not 1. Records the pipeline stamps with publication time"
                + " (claims, alerts) may look years old here; the dashboard and --watch give the real age of"
                + " records that arrive while they watch."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:lag shown (with --watch: stopped by Ctrl-C)", ExitCodes.USAGE_LINE,
            "3:no such group, or Kafka did not answer"})
final class LagCommand implements Callable<Integer> {

    @Mixin
    BootstrapOption bootstrap;

    @Option(names = "--group", paramLabel = "G",
            description = "Consumer group to measure. Default: the pipeline's application id.")
    String group;

    @Option(names = "--watch", description = "Measure again every --interval seconds until Ctrl-C.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "With --watch: seconds between measurements. Default: ${DEFAULT-VALUE}.")
    long intervalSeconds;

    @Option(names = "--json", description = "One JSON object per measurement instead of a table.")
    boolean json;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Java properties file of client settings (security, ...), as for run.")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (intervalSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--interval must be at least 1 second");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Properties flags = new Properties();
        flags.setProperty(StreamsSettings.BOOTSTRAP_SERVERS, bootstrap.resolve());
        Properties settings = StreamsSettings.resolve(SettingsSources.merge(config, System.getenv(), flags));
        String g = group != null ? group : settings.getProperty(StreamsSettings.APPLICATION_ID);

        try (ShutdownSignal signal = ShutdownSignal.install("lag");
             LagReader reader = new LagReader(OpsSettings.clientProperties(settings))) {
            print(out, reader.read(g)); // the first measurement's failure ends the command
            while (watch && !signal.await(Duration.ofSeconds(intervalSeconds))) {
                try {
                    print(out, reader.read(g));
                } catch (LagException e) {
                    // watching goes on through a broker restart; say so once per measurement
                    err.println(spec.qualifiedName() + ": " + e.getMessage());
                    err.flush();
                }
            }
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, LagReport report) {
        if (json) {
            out.println(OpsJson.write(OpsJson.report(report)));
        } else {
            out.print(table(report));
            if (watch) {
                out.println();
            }
        }
        out.flush();
    }

    /** The readable form: a summary line, then one line per partition in fixed columns. */
    static String table(LagReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "group %s at %s: %d records waiting, oldest %s s%n", report.group(),
                report.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), report.totalLag(),
                seconds(report.maxLagSeconds())));
        if (report.partitions().isEmpty()) {
            sb.append("(the group has no committed offsets yet)").append(System.lineSeparator());
            return sb.toString();
        }
        int width = Math.max(5, report.partitions().stream().mapToInt(p -> p.topic().length()).max().orElse(5));
        String format = "%-" + width + "s %9s %12s %12s %10s %9s%n";
        sb.append(String.format(Locale.ROOT, format, "TOPIC", "PARTITION", "COMMITTED", "END", "LAG", "LAG_S"));
        for (PartitionLag p : report.partitions()) {
            sb.append(String.format(Locale.ROOT, format, p.topic(), p.partition(),
                    p.committed() == null ? "-" : p.committed().toString(), p.end(), p.lag(),
                    p.lagSeconds() == null ? "?" : seconds(p.lagSeconds())));
        }
        return sb.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }
}
