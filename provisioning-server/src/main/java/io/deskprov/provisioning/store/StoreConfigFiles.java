package io.deskprov.provisioning.store;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.deskprov.provisioning.ConfigFiles;
import io.deskprov.provisioning.RenderedFile;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.templates.DeviceRenderRequest;
import io.deskprov.templates.ProvisioningRenderer;
import io.deskprov.templates.SiteRenderRequest;
import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.params.ParameterLayer;

/**
 * A device's files rendered by the templates module from the store: its workplace, SIP accounts,
 * parameter layers and its company's contact directory. Files not tied to one device (Yealink
 * {@code y000000000000.boot} and {@code y0000000000XX.cfg}, Polycom {@code 000000000000.cfg})
 * are rendered with the layers of the asking device's platform and company, so each company's
 * phones see their own defaults; the Polycom site directory {@code 000000000000-directory.xml}
 * is the asking phone's company directory.
 */
public final class StoreConfigFiles implements ConfigFiles {
    private static final String DIRECTORY_SUFFIX = "-directory.xml";
    private static final String COMMON_DIRECTORY = "000000000000" + DIRECTORY_SUFFIX;
    private static final String FIRMWARE_PIN = "firmware.file";

    private final Store store;
    private final ProvisioningRenderer renderer;
    private final URI provisioningUrl;

    /**
     * Creates the files.
     *
     * @param provisioningUrl the URL phones fetch from, written into boot and master files
     */
    public StoreConfigFiles(Store store, ProvisioningRenderer renderer, URI provisioningUrl) {
        this.store = requireNonNull(store, "store");
        this.renderer = requireNonNull(renderer, "renderer");
        this.provisioningUrl = requireNonNull(provisioningUrl, "provisioningUrl");
    }

    @Override
    public Optional<RenderedFile> render(MacAddress mac, String fileName) {
        requireNonNull(mac, "mac");
        requireNonNull(fileName, "fileName");
        final Optional<DeviceRenderRequest> request = renderRequest(mac);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        final Optional<io.deskprov.templates.RenderedFile> file;
        if (fileName.startsWith(mac.value())) {
            file = renderer.renderDeviceFile(request.get(), fileName);
        } else if (fileName.equals(COMMON_DIRECTORY)) {
            // Polycom falls back to the site directory where no per-phone one exists; it gets the
            // same company directory, under the name it asked for.
            file = renderer.renderDeviceFile(request.get(), mac.value() + DIRECTORY_SUFFIX);
        } else {
            file = siteFile(request.get(), fileName);
        }
        return file.map(rendered -> new RenderedFile(fileName, rendered.contentType(), rendered.bytes(),
                                                     rendered.etag()));
    }

    @Override
    public Set<String> pinnedFirmware() {
        return store.transaction(tx -> store.parameters().valuesOf(tx, FIRMWARE_PIN));
    }

    private Optional<io.deskprov.templates.RenderedFile> siteFile(DeviceRenderRequest device, String fileName) {
        final List<ParameterLayer> siteLayers = device.layers().stream()
                .filter(layer -> switch (layer.level()) {
                    case PLATFORM, COMPANY -> true;
                    default -> false;
                })
                .toList();
        return renderer.renderSite(new SiteRenderRequest(device.vendor(), provisioningUrl, siteLayers)).stream()
                       .filter(file -> file.name().equals(fileName))
                       .findFirst();
    }

    /**
     * What the renderer is given for the phone, read from the store: for previews and for
     * explaining where each value comes from. Empty for an unknown or unassigned phone.
     */
    public Optional<DeviceRenderRequest> renderRequest(MacAddress mac) {
        requireNonNull(mac, "mac");
        return store.transaction(tx -> request(tx, mac));
    }

    private Optional<DeviceRenderRequest> request(Tx tx, MacAddress mac) throws SQLException {
        final Optional<Device> found = store.devices().findByMac(tx, mac);
        if (found.isEmpty() || found.get().workplaceId() == null) {
            return Optional.empty();
        }
        final Device device = found.get();
        return RenderRequests.forDevice(tx, store, device, vendor(device), provisioningUrl);
    }

    private static Vendor vendor(Device device) {
        return switch (device.vendor()) {
            case YEALINK -> Vendor.YEALINK;
            case POLYCOM -> Vendor.POLYCOM;
        };
    }
}
