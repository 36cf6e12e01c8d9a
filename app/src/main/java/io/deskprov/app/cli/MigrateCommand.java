package io.deskprov.app.cli;

import java.util.concurrent.Callable;

import io.deskprov.app.Node;
import io.deskprov.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Brings the schema up to date and exits, for deployments that migrate before rolling nodes. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
         description = "Brings the database schema up to date and exits.")
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        try (Database database = Database.open(Node.databaseSettings(config.load()), null)) {
            final int applied = database.migrate();
            System.out.println("database " + database.settings().redactedUrl() + ": " + applied
                               + " migration(s) applied, schema up to date");
        }
        return 0;
    }
}
