package io.deskprov.app.cli;

import java.util.concurrent.Callable;

import io.deskprov.app.Node;
import picocli.CommandLine.Command;

/** Prints the version, for scripts that cannot parse {@code --version}'s banner. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Prints the deskprov version.")
final class VersionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println(Node.version());
        return 0;
    }
}
