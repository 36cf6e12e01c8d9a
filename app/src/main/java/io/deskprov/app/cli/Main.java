package io.deskprov.app.cli;

import java.io.PrintWriter;

import io.deskprov.app.Node;
import io.deskprov.app.NodeStartException;
import io.deskprov.app.config.ConfigException;
import io.deskprov.certs.PkiException;
import io.deskprov.templates.catalog.CatalogException;
import io.deskprov.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code deskprov} command. */
@Command(name = "deskprov", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
         description = "Provisioning and SIP auto-config server for business desk phones.",
         subcommands = {StartCommand.class, MigrateCommand.class, CertsCommand.class, TemplatesCommand.class,
                        ConfigCommand.class, VersionCommand.class,
                        CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code for a mistake in the configuration or the command line. */
    static final int USAGE_ERROR = 2;
    /** Exit code for a service or database that could not be used. */
    static final int RUNTIME_ERROR = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; what a user got wrong prints without a trace. */
    public static int run(String... args) {
        final CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> report(line.getErr(), e));
        return commandLine.execute(args);
    }

    private static int report(PrintWriter err, Exception e) throws Exception {
        if (e instanceof ConfigException) {
            err.println("deskprov: configuration error: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (e instanceof PkiException || e instanceof CatalogException) {
            // What an operator got wrong: a file, a passphrase, a MAC, a catalog entry.
            err.println("deskprov: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (e instanceof NodeStartException || e instanceof StoreException) {
            err.println("deskprov: " + e.getMessage());
            return RUNTIME_ERROR;
        }
        throw e;
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"deskprov " + Node.version()};
        }
    }
}
