package io.deskprov.provisioning.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Runs /usr/bin/curl against the test server, trusting only the test CA, and reads back the
 * status, the headers of the last response and its body.
 */
public final class Curl {
    private final Path workDirectory;
    private final Path caFile;

    public Curl(Path workDirectory, TestPki pki) {
        this.workDirectory = workDirectory;
        this.caFile = pki.caFile();
    }

    /** Runs curl with the given arguments after the common ones; the URL goes among them. */
    public Response run(String... args) throws IOException, InterruptedException {
        final Path headers = Files.createTempFile(workDirectory, "headers", ".txt");
        final Path body = Files.createTempFile(workDirectory, "body", ".bin");
        final List<String> command = new ArrayList<>(List.of(
                "/usr/bin/curl", "-sS", "--max-time", "20", "--cacert", caFile.toString(),
                "-D", headers.toString(), "-o", body.toString(), "-w", "%{http_code}"));
        command.addAll(Arrays.asList(args));
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("curl did not finish within 30 s: " + command);
        }
        final String output = new String(process.getInputStream().readAllBytes(), UTF_8).trim();
        final String code = output.length() >= 3 ? output.substring(output.length() - 3) : "000";
        return new Response(Integer.parseInt(code), lastHeaders(Files.readString(headers, UTF_8)),
                            Files.readAllBytes(body), process.exitValue(), output);
    }

    /** Runs curl with the first arguments (such as a login), then the others. */
    public Response run(List<String> first, String... more) throws IOException, InterruptedException {
        final List<String> args = new ArrayList<>(first);
        args.addAll(Arrays.asList(more));
        return run(args.toArray(new String[0]));
    }

    private static Map<String, List<String>> lastHeaders(String raw) {
        final String[] blocks = raw.split("\r\n\r\n");
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        String last = "";
        for (String block : blocks) {
            if (!block.isBlank()) {
                last = block;
            }
        }
        for (String line : last.split("\r\n")) {
            final int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                        key -> new ArrayList<>()).add(line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    /** What curl saw; {@code exitCode} and {@code output} explain transport failures. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body, int exitCode, String output) {
        public String text() {
            return new String(body, UTF_8);
        }

        public @Nullable String header(String name) {
            final List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }
}
