package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Every command answers --help and --version (usage on stdout, exit 0), and the exit codes are documented. */
class HelpTest {

    @Test
    void everyCommandHasHelpWithExitCodesAndAVersion() {
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CommandRun help = CommandRun.of(name, "--help");
            assertThat(help.exitCode()).as(name).isZero();
            assertThat(help.out()).as(name).contains("Usage: crosscheck " + name).contains("Exit codes:");

            CommandRun version = CommandRun.of(name, "--version");
            assertThat(version.exitCode()).as(name).isZero();
            assertThat(version.out()).as(name).startsWith("crosscheck ");
        }
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing COMMAND");
    }

    @Test
    void extractHelpDocumentsTheBadLineExitCode() {
        assertThat(CommandRun.of("extract", "--help").out()).contains("1   some lines were bad");
    }
}
