package io.casework.server;

import io.dropwizard.core.cli.Cli;
import java.net.BindException;
import java.sql.SQLException;

/** Says in one line why a command could not run, instead of a stack trace, for the failures people cause. */
final class StartupFailure {
    private StartupFailure() {
    }

    static void report(Cli cli, String command, Throwable failure) {
        cli.getStdErr().println("casework " + command + ": " + describe(failure));
        cli.getStdErr().flush();
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof BindException) {
            return "a port is already in use (" + message + "); set CASEWORK_HTTP_PORT / CASEWORK_ADMIN_PORT";
        }
        if (hasCause(failure, SQLException.class) || hasCause(failure, java.net.ConnectException.class)) {
            // the driver's message names the host and port ("Connection to db:5432 refused. …"); its cause does not
            String because = root.getMessage() == null ? message : root.getMessage();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof SQLException && t.getMessage() != null) {
                    because = t.getMessage();
                    break;
                }
            }
            return "cannot use the database: " + oneLine(because);
        }
        if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + ": " + root.getMessage();
        }
        return oneLine(message);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", "; ").trim();
    }
}
