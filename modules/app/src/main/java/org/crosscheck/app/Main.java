package org.crosscheck.app;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code crosscheck} command line: one subcommand per task, each in its own class. */
@Command(name = "crosscheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Casualty claims in news articles, attributed to the parties that make them and compared:"
                + " contradictions between parties are raised as alerts.",
            ""
        },
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            IngestCommand.class,
            AlertsCommand.class,
            LagCommand.class,
            EvalCommand.class,
            ExtractCommand.class,
            CheckCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%n",
        footer = {
            "Start with 'crosscheck demo'. Offline, without Kafka, 'extract' and 'check' read JSON-lines articles"
                + " and write JSON-lines claims or alerts. 'crosscheck COMMAND --help' for details."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:some input lines were bad (extract, check, ingest); see the command's help",
            ExitCodes.USAGE_LINE, ExitCodes.FAILURE_LINE})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing COMMAND (see 'crosscheck --help')");
    }

    /** The command line, without touching System.out/err, so tests can run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new FailureHandler());
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        // UTF-8 whatever the locale (claims quote Arabic names and typographic dashes); stdout buffered
        // for throughput, so the long-running commands flush after each alert themselves.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
