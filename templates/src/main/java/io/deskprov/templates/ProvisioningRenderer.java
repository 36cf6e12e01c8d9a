package io.deskprov.templates;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.templates.catalog.ModelCatalog;
import io.deskprov.templates.internal.FileRenderer;
import io.deskprov.templates.internal.TemplateEngine;
import io.deskprov.templates.params.ParameterExplanation;
import io.deskprov.templates.params.ParameterResolver;

/**
 * Renders the provisioning files of Yealink and Polycom phones from Velocity templates.
 *
 * <p>Files served per device: Yealink {@code <mac>.boot}, {@code <mac>.cfg} and, when the
 * {@code trusted.ca} parameter holds PEM text, {@code <mac>-trusted-ca.crt}; Polycom {@code <mac>.cfg}
 * (master), {@code <mac>-deskprov.cfg} (settings) and {@code <mac>-directory.xml}. Files served per site:
 * Yealink {@code y000000000000.boot}, {@code deskprov-site.cfg} and one {@code y0000000000XX.cfg} per
 * hardware id in the catalog; Polycom {@code 000000000000.cfg}.
 *
 * <p>Output is byte-stable: the same request and the same clock date give the same bytes. Instances
 * are thread-safe.
 */
public final class ProvisioningRenderer {
    private static final Logger logger = LoggerFactory.getLogger(ProvisioningRenderer.class);

    private final FileRenderer files;

    private ProvisioningRenderer(Builder builder) {
        files = new FileRenderer(new TemplateEngine(builder.operatorTemplates, builder.refreshInterval),
                                 builder.catalog, builder.clock);
    }

    /**
     * Returns a builder for a renderer of the models in {@code catalog}.
     */
    public static Builder builder(ModelCatalog catalog) {
        return new Builder(catalog);
    }

    /**
     * Renders every file of one device.
     *
     * @throws IllegalArgumentException if the model is not in the catalog, a parameter is invalid
     *         ({@link io.deskprov.templates.params.InvalidParameterException}), or the request has more
     *         accounts than the model holds
     * @throws TemplateRenderException if a template fails
     */
    public List<RenderedFile> renderDevice(DeviceRenderRequest request) {
        requireNonNull(request, "request");
        logger.debug("{}: rendering all files for a {} {}", request.mac(), request.vendor().id(), request.model());
        return files.device(request);
    }

    /**
     * Renders one file of a device, or returns empty if the device has no file of that name.
     *
     * @throws IllegalArgumentException as {@link #renderDevice(DeviceRenderRequest)}
     * @throws TemplateRenderException if the template fails
     */
    public Optional<RenderedFile> renderDeviceFile(DeviceRenderRequest request, String fileName) {
        requireNonNull(request, "request");
        requireNonNull(fileName, "fileName");
        return files.deviceFile(request, fileName);
    }

    /**
     * Renders the files of a vendor that are not tied to one device.
     *
     * @throws IllegalArgumentException if a parameter is invalid
     * @throws TemplateRenderException if a template fails
     */
    public List<RenderedFile> renderSite(SiteRenderRequest request) {
        requireNonNull(request, "request");
        return files.site(request);
    }

    /**
     * Explains which level set each parameter in force for the device.
     *
     * @throws io.deskprov.templates.params.InvalidParameterException if a parameter is invalid
     */
    public static ParameterExplanation explain(DeviceRenderRequest request) {
        requireNonNull(request, "request");
        return ParameterResolver.resolve(request.layers()).explain();
    }

    /**
     * Builds a {@link ProvisioningRenderer}.
     */
    public static final class Builder {
        private final ModelCatalog catalog;
        private @Nullable Path operatorTemplates;
        private Clock clock = Clock.systemUTC();
        private Duration refreshInterval = Duration.ofSeconds(10);

        private Builder(ModelCatalog catalog) {
            this.catalog = requireNonNull(catalog, "catalog");
        }

        /**
         * Reads templates from this directory before the bundled ones; a file
         * {@code <dir>/yealink/device.vm} replaces the bundled {@code yealink/device.vm}.
         *
         * @throws IllegalArgumentException if the path is not a directory
         */
        public Builder operatorTemplates(Path directory) {
            requireNonNull(directory, "directory");
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("operatorTemplates: " + directory + " is not a directory");
            }
            this.operatorTemplates = directory;
            return this;
        }

        /**
         * Sets the clock whose date picks the daylight-saving dates written for Yealink; default UTC
         * system clock.
         */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how long a changed operator template may go unnoticed; default 10 seconds, zero checks
         * on every render.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder templateRefreshInterval(Duration interval) {
            requireNonNull(interval, "interval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("templateRefreshInterval: " + interval + " is negative");
            }
            this.refreshInterval = interval;
            return this;
        }

        /** Returns the renderer. */
        public ProvisioningRenderer build() {
            if (operatorTemplates != null) {
                logger.info("Templates in {} override the bundled ones", operatorTemplates);
            }
            return new ProvisioningRenderer(this);
        }
    }
}
