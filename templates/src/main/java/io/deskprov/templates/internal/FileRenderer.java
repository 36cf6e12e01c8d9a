package io.deskprov.templates.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.deskprov.templates.DeviceRenderRequest;
import io.deskprov.templates.RenderedFile;
import io.deskprov.templates.SiteRenderRequest;
import io.deskprov.templates.catalog.ModelCatalog;
import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.params.EffectiveParameters;
import io.deskprov.templates.params.ParameterResolver;

/**
 * Renders the planned files of a site or a device through the template engine.
 */
public final class FileRenderer {
    private final TemplateEngine engine;
    private final ModelCatalog catalog;
    private final Clock clock;

    public FileRenderer(TemplateEngine engine, ModelCatalog catalog, Clock clock) {
        this.engine = requireNonNull(engine, "engine");
        this.catalog = requireNonNull(catalog, "catalog");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Renders every file of a device. */
    public List<RenderedFile> device(DeviceRenderRequest request) {
        final DeviceJob job = deviceJob(request);
        return renderAll(job.files(), job.context());
    }

    /** Renders one file of a device, if the device has a file of that name. */
    public Optional<RenderedFile> deviceFile(DeviceRenderRequest request, String name) {
        final DeviceJob job = deviceJob(request);
        return job.files().stream()
                  .filter(file -> file.name().equals(name))
                  .findFirst()
                  .map(file -> render(file, job.context()));
    }

    /** Renders every file of a site. */
    public List<RenderedFile> site(SiteRenderRequest request) {
        final EffectiveParameters parameters = ParameterResolver.resolve(request.layers());
        final Map<String, Object> context = TemplateModel.common(request.vendor(), request.provisioningUrl(),
                                                                 parameters, clock.instant());
        final URI firmwareFolder = parameters.firmwareUrl()
                                             .map(url -> Urls.folder("firmware.url", url))
                                             .orElse(request.provisioningUrl().resolve("firmware/"));
        return renderAll(FilePlans.site(request.vendor(), catalog, firmwareFolder.toString()), context);
    }

    private DeviceJob deviceJob(DeviceRenderRequest request) {
        final PhoneModel phone = catalog.require(request.vendor(), request.model());
        final EffectiveParameters parameters = ParameterResolver.resolve(request.layers());
        checkTrustedCa(phone.vendor(), parameters);
        final Map<String, Object> context = DeviceModel.of(request, phone, parameters, clock.instant());
        return new DeviceJob(FilePlans.device(phone, request.mac(), context), context);
    }

    private static void checkTrustedCa(Vendor vendor, EffectiveParameters parameters) {
        final boolean url = parameters.trustedCa().map(ca -> ca.url() != null).orElse(false);
        if (vendor == Vendor.POLYCOM && url) {
            throw new IllegalArgumentException("trusted.ca: Polycom phones take the certificate itself; set the "
                                               + "PEM text instead of a URL");
        }
    }

    private List<RenderedFile> renderAll(List<PlannedFile> files, Map<String, Object> context) {
        final List<RenderedFile> rendered = new ArrayList<>(files.size());
        files.forEach(file -> rendered.add(render(file, context)));
        return List.copyOf(rendered);
    }

    private RenderedFile render(PlannedFile file, Map<String, Object> context) {
        final String template = file.template();
        if (template == null) {
            return new RenderedFile(file.name(), file.contentType(),
                                    ((String) file.extra().get("text")).getBytes(StandardCharsets.UTF_8));
        }
        final Map<String, Object> fileContext = new HashMap<>(context);
        fileContext.putAll(file.extra());
        fileContext.put("fileName", file.name());
        final String text = engine.render(template, fileContext, file.format());
        return new RenderedFile(file.name(), file.contentType(), text.getBytes(StandardCharsets.UTF_8));
    }

    private record DeviceJob(List<PlannedFile> files, Map<String, Object> context) {
    }
}
