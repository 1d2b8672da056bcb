package org.crosscheck.app;

import java.nio.file.NoSuchFileException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that fails prints one line saying why (not a stack trace: this is a tool for people) and
 * exits with {@link ExitCodes#FAILURE}; the stack trace goes to the log at DEBUG.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        LOG.debug("{} failed", command.getCommandName(), e);
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + describe(e));
        command.getErr().flush();
        return ExitCodes.FAILURE;
    }

    static String describe(Throwable e) {
        String what = what(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || what.contains(what(root)) ? what : what + " (" + what(root) + ")";
    }

    private static String what(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
