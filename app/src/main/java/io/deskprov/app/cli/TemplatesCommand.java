package io.deskprov.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.deskprov.app.Node;
import io.deskprov.app.ProvisioningWiring;
import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.device.MacAddress;
import io.deskprov.templates.DeviceRenderRequest;
import io.deskprov.templates.ProvisioningRenderer;
import io.deskprov.templates.RenderedFile;
import io.deskprov.templates.SipAccount;
import io.deskprov.templates.TemplateChecker;
import io.deskprov.templates.TemplateProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Operator commands for the phone configuration templates. */
@Command(name = "templates", mixinStandardHelpOptions = true,
         description = "Checks operator templates before phones receive what they render.",
         subcommands = {TemplatesCommand.Check.class, TemplatesCommand.Render.class})
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
            final List<TemplateProblem> problems = checked == null
                    ? checkBundled(loaded)
                    : TemplateChecker.check(checked, ProvisioningWiring.catalog(loaded));
            problems.forEach(problem -> System.out.println(problem));
            System.out.println(problems.isEmpty() ? "templates are fine"
                                                  : problems.size() + " problem(s) found");
            return problems.isEmpty() ? 0 : PROBLEMS_FOUND;
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
             description = {"Prints the files a phone would receive now, from the database: a preview for admins.",
                            "Passwords are masked unless --show-secrets is given."})
    static final class Render implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--mac", required = true, paramLabel = "MAC",
                description = "The phone, e.g. 00:15:65:aa:bb:cc.")
        String mac;

        @Option(names = "--explain", description = "Print each parameter in force with the level that set it instead.")
        boolean explain;

        @Option(names = "--show-secrets", description = "Print SIP passwords as the phone receives them.")
        boolean showSecrets;

        @Override
        public Integer call() {
            final Configuration loaded = config.load();
            final MacAddress address;
            try {
                address = MacAddress.parse(mac);
            } catch (IllegalArgumentException e) {
                System.err.println("deskprov: " + e.getMessage());
                return Main.USAGE_ERROR;
            }
            try (Database database = Database.open(Node.databaseSettings(loaded), null)) {
                database.migrate();
                try (Store store = Store.over(database, Clock.systemUTC(), Node.secretBox(loaded))) {
                    final ProvisioningRenderer renderer = ProvisioningWiring.renderer(loaded, Clock.systemUTC());
                    final Optional<DeviceRenderRequest> request =
                            ProvisioningWiring.configFiles(loaded, store, renderer).renderRequest(address);
                    if (request.isEmpty()) {
                        System.err.println("deskprov: no phone with MAC " + address + " is assigned to a workplace");
                        return Main.USAGE_ERROR;
                    }
                    print(renderer, request.get());
                    return 0;
                }
            }
        }

        private void print(ProvisioningRenderer renderer, DeviceRenderRequest request) {
            if (explain) {
                System.out.print(ProvisioningRenderer.explain(request).toText());
                return;
            }
            for (RenderedFile file : renderer.renderDevice(request)) {
                System.out.println("==> " + file.name() + " (" + file.contentType() + ", ETag " + file.etag()
                                   + ") <==");
                System.out.println(showSecrets ? file.text() : masked(file.text(), request));
            }
        }

        private static String masked(String text, DeviceRenderRequest request) {
            String result = text;
            for (SipAccount account : request.accounts()) {
                result = result.replace(account.password(), "********");
            }
            return result;
        }
    }

    private static List<TemplateProblem> checkBundled(Configuration config) throws IOException {
        // The checker always overlays a directory; an empty one leaves the bundled templates alone.
        final Path empty = Files.createTempDirectory("deskprov-templates");
        try {
            return TemplateChecker.check(empty, ProvisioningWiring.catalog(config));
        } finally {
            Files.deleteIfExists(empty);
        }
    }
}
