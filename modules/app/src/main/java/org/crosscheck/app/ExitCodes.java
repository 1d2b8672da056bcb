package org.crosscheck.app;

/** Exit codes shared by every command, so scripts can tell bad input from a broken run. */
final class ExitCodes {

    /** Everything read and done. */
    static final int OK = 0;
    /** Some input lines were bad (or not delivered) and were reported on standard error; the rest was processed. */
    static final int BAD_INPUT = 1;
    /** The command line itself was wrong (picocli's default for invalid input). */
    static final int USAGE = 2;
    /** The command could not do its work: a missing file, an unreachable cluster, a pipeline that would not start. */
    static final int FAILURE = 3;

    /** For {@code exitCodeList} in each command's help, so the help and the code never disagree. */
    static final String OK_LINE = "0:every input line was fine";
    static final String BAD_INPUT_LINE = "1:some lines were bad; each is reported on standard error as"
            + " 'line N: reason' and the other lines were still processed";
    static final String USAGE_LINE = "2:invalid command line";
    static final String FAILURE_LINE = "3:could not run (unreadable input, unreachable cluster, ...)";

    private ExitCodes() {}
}
