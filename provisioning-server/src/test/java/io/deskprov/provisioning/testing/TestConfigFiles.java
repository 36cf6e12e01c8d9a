package io.deskprov.provisioning.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.deskprov.provisioning.ConfigFiles;
import io.deskprov.provisioning.RenderedFile;
import io.deskprov.store.device.MacAddress;

/**
 * Renders small deterministic files that name the device and carry its SIP password, so a test
 * can tell whose file it got. Counts renders, and its content can be changed to see the cache
 * drop old files.
 */
public final class TestConfigFiles implements ConfigFiles {
    private final AtomicInteger renders = new AtomicInteger();
    private final Map<String, String> overrides = new ConcurrentHashMap<>();
    private final Set<String> pinnedFirmware = ConcurrentHashMap.newKeySet();
    private volatile String revision = "1";

    @Override
    public Optional<RenderedFile> render(MacAddress mac, String fileName) {
        renders.incrementAndGet();
        final String override = overrides.get(fileName);
        if (override != null) {
            return Optional.of(RenderedFile.of(fileName, "text/plain; charset=utf-8", override.getBytes(UTF_8)));
        }
        final String body = content(mac, fileName);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RenderedFile.of(fileName, "text/plain; charset=utf-8", body.getBytes(UTF_8)));
    }

    /** What {@link #render} yields for the file, empty when the device has no such file. */
    public String content(MacAddress mac, String fileName) {
        if (fileName.endsWith(".boot")) {
            return "#!version:1.0.0.1\ninclude:config \"y000000000108.cfg\"\ninclude:config \"" + mac + ".cfg\"\n";
        }
        if (fileName.equals(mac + ".cfg")) {
            return "#!version:1.0.0.1\naccount.1.user_name = " + mac + "\naccount.1.password = sip-" + mac
                   + "\n# revision " + revision + '\n';
        }
        if (fileName.matches("y0{9}\\d{3}\\.cfg|000000000000\\.cfg")) {
            return "#!version:1.0.0.1\n# common for " + mac + "\n";
        }
        return fileName.equals(mac + "-directory.xml") ? "<directory/>\n" : "";
    }

    /** Makes every later render of the device's config say this revision. */
    public void revision(String revision) {
        this.revision = revision;
    }

    /** Pins a firmware build, as a {@code firmware.file} parameter does; the server sees it after a change. */
    public void pinFirmware(String fileName) {
        pinnedFirmware.add(fileName);
    }

    public void unpinFirmware(String fileName) {
        pinnedFirmware.remove(fileName);
    }

    @Override
    public Set<String> pinnedFirmware() {
        return Set.copyOf(pinnedFirmware);
    }

    public void override(String fileName, String body) {
        overrides.put(fileName, body);
    }

    public int renders() {
        return renders.get();
    }
}
