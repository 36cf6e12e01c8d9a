package io.deskprov.certs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the OpenSSL command-line tool with bounded time; processes are always destroyed.
 */
public final class OpenSsl {
    private static final String BINARY = "/usr/bin/openssl";
    private static final long TIMEOUT_SECONDS = 30;

    private OpenSsl() {
    }

    /** What a finished command returned. */
    public record Result(int exitCode, String output) {
    }

    /**
     * Runs {@code openssl <arguments>} with empty standard input and returns its exit code and
     * its standard output and error together.
     */
    public static Result run(String... arguments) {
        final Process process = start(arguments);
        try {
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("openssl " + String.join(" ", arguments) + " did not finish in time");
            }
            final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for openssl", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Starts {@code openssl <arguments>} with standard error merged into standard output; the
     * caller destroys the process.
     */
    public static Process start(String... arguments) {
        final List<String> command = new ArrayList<>(List.of(BINARY));
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a path as an argument. */
    public static String arg(Path path) {
        return path.toAbsolutePath().toString();
    }
}
