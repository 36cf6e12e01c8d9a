package io.deskprov.templates;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.deskprov.templates.catalog.ModelCatalog;
import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.internal.SampleRequests;
import io.deskprov.templates.internal.TemplateEngine;

/**
 * Checks an operator's template directory before it goes live: every template file is parsed, and
 * every file of every catalog model is rendered with sample data through the operator's templates
 * (falling back to the bundled ones), so a misspelt reference or a refused call is reported with its
 * file and line.
 */
public final class TemplateChecker {
    private static final Instant SAMPLE_TIME = Instant.parse("2025-01-15T12:00:00Z");

    private TemplateChecker() {
    }

    /**
     * Checks the templates in {@code directory} together with the bundled ones.
     *
     * @return the problems found, in file order; empty when all templates render
     * @throws IllegalArgumentException if {@code directory} is not a directory
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public static List<TemplateProblem> check(Path directory) {
        return check(directory, ModelCatalog.bundled());
    }

    /**
     * Checks the templates in {@code directory} against the models of {@code catalog}.
     *
     * @throws IllegalArgumentException if {@code directory} is not a directory
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public static List<TemplateProblem> check(Path directory, ModelCatalog catalog) {
        requireNonNull(directory, "directory");
        requireNonNull(catalog, "catalog");
        final ProvisioningRenderer renderer = ProvisioningRenderer.builder(catalog)
                                                                  .operatorTemplates(directory)
                                                                  .clock(Clock.fixed(SAMPLE_TIME, ZoneOffset.UTC))
                                                                  .templateRefreshInterval(Duration.ZERO)
                                                                  .build();
        final Set<TemplateProblem> problems = new LinkedHashSet<>();
        parseAll(directory, problems);
        for (Vendor vendor : Vendor.values()) {
            collect(directory, problems, () -> renderer.renderSite(SampleRequests.site(vendor)));
        }
        for (PhoneModel model : catalog.models()) {
            collect(directory, problems, () -> renderer.renderDevice(SampleRequests.device(model)));
        }
        return List.copyOf(problems);
    }

    private static void parseAll(Path directory, Set<TemplateProblem> problems) {
        final TemplateEngine engine = new TemplateEngine(directory, Duration.ZERO);
        for (Path file : templateFiles(directory)) {
            final String name = directory.relativize(file).toString().replace('\\', '/');
            collect(directory, problems, () -> {
                engine.parse(name);
                return List.of();
            });
        }
    }

    private static List<Path> templateFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".vm") && Files.isRegularFile(file))
                        .sorted()
                        .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list templates in " + directory, e);
        }
    }

    private static void collect(Path directory, Set<TemplateProblem> problems, Supplier<List<RenderedFile>> work) {
        try {
            work.get();
        } catch (TemplateRenderException e) {
            problems.add(new TemplateProblem(fileOf(directory, e.templateName()), e.line(), e.column(),
                                             rootMessage(e)));
        }
    }

    private static String fileOf(Path directory, String templateName) {
        final Path file = directory.resolve(templateName);
        return Files.isRegularFile(file) ? file.toString() : "bundled:" + templateName;
    }

    private static String rootMessage(TemplateRenderException e) {
        final Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    }
}
