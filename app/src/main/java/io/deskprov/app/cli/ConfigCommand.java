package io.deskprov.app.cli;

import java.util.concurrent.Callable;

import io.deskprov.app.config.ConfigExample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Helps operators write and check a configuration before they start with it. */
@Command(name = "config", mixinStandardHelpOptions = true,
         description = "Prints an example configuration, or checks one.",
         subcommands = {ConfigCommand.Example.class, ConfigCommand.Check.class})
final class ConfigCommand {

    @Command(name = "example", mixinStandardHelpOptions = true,
             description = "Prints every key with its description and default, as a properties file.")
    static final class Example implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.print(ConfigExample.render());
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
             description = "Loads the configuration as start would, and reports the first problem.")
    static final class Check implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() {
            config.load();
            System.out.println("configuration is valid");
            return 0;
        }
    }
}
