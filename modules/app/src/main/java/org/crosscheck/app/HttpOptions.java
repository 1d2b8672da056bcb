package org.crosscheck.app;

import org.crosscheck.ops.OpsSettings;

import picocli.CommandLine.Option;

/** {@code --http-port}, for the commands that serve the dashboard, /metrics and /health ({@code run}, {@code demo}). */
final class HttpOptions {

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of the dashboard, /metrics and /health (on 127.0.0.1 unless " + OpsSettings.HTTP_HOST
                    + " says otherwise). 0: a free port. Default: " + OpsSettings.HTTP_PORT + ", else "
                    + OpsSettings.HTTP_PORT_DEFAULT + ".")
    Integer httpPort;
}
