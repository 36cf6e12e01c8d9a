package io.deskprov.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.templates.TemplateChecker;
import io.deskprov.templates.TemplateProblem;
import io.deskprov.templates.catalog.ModelCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Operator commands for the phone configuration templates. */
@Command(name = "templates", mixinStandardHelpOptions = true,
         description = "Checks operator templates before phones receive what they render.",
         subcommands = {TemplatesCommand.Check.class})
final class TemplatesCommand {

    /** Exit code when a template has problems, so scripts can stop a rollout. */
    static final int PROBLEMS_FOUND = 3;

    @Command(name = "check", mixinStandardHelpOptions = true,
             description = {"Renders every template with sample data for every model of the catalog and",
                            "reports each problem as file:line:column: message. Exits 3 when there are any."})
    static final class Check implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(arity = "0..1", paramLabel = "DIR",
                    description = "Template directory (default: templates.dir; the bundled templates alone"
                                  + " when that is empty too).")
        Path directory;

        @Override
        public Integer call() throws IOException {
            final Configuration loaded = config.load();
            final Path checked = directory != null ? directory
                                 : loaded.isEmpty(Keys.TEMPLATES_DIR) ? null : loaded.get(Keys.TEMPLATES_DIR);
            if (checked != null && !Files.isDirectory(checked)) {
                System.err.println("deskprov: template directory " + checked + " does not exist");
                return Main.USAGE_ERROR;
            }
            final List<TemplateProblem> problems = checked == null ? checkBundled(loaded)
                                                                   : TemplateChecker.check(checked, catalog(loaded));
            problems.forEach(problem -> System.out.println(problem));
            System.out.println(problems.isEmpty() ? "templates are fine"
                                                  : problems.size() + " problem(s) found");
            return problems.isEmpty() ? 0 : PROBLEMS_FOUND;
        }
    }

    private static List<TemplateProblem> checkBundled(Configuration config) throws IOException {
        // The checker always overlays a directory; an empty one leaves the bundled templates alone.
        final Path empty = Files.createTempDirectory("deskprov-templates");
        try {
            return TemplateChecker.check(empty, catalog(config));
        } finally {
            Files.deleteIfExists(empty);
        }
    }

    static ModelCatalog catalog(Configuration config) {
        return config.isEmpty(Keys.TEMPLATES_CATALOG_FILE) ? ModelCatalog.bundled()
                                                           : ModelCatalog.load(config.get(Keys.TEMPLATES_CATALOG_FILE));
    }
}
