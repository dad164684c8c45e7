package io.casework.server;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import net.sourceforge.argparse4j.inf.Namespace;

/** Dropwizard's {@code server} command, failing with one line that names the problem. */
final class CaseworkServerCommand extends ServerCommand<CaseworkConfiguration> {
    CaseworkServerCommand(Application<CaseworkConfiguration> application) {
        super(application);
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        StartupFailure.report(cli, "server", e);
    }
}
