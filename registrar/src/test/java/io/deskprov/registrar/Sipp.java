package io.deskprov.registrar;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Runs SIPp scenarios from src/test/resources/sipp against the registrar, bounded in calls and
 * time, and always ends the process. Output goes to target/sipp/NAME.log for a failing test.
 */
final class Sipp implements AutoCloseable {
    private final Process process;
    private final Path log;

    private Sipp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Whether sipp is on the PATH; .ci/run installs it (Debian package sip-tester). */
    static boolean available() {
        final String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "sipp"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts sipp with the scenario against 127.0.0.1.
     *
     * @param remotePort the registrar's port, or null for a UAS that only listens
     */
    static Sipp start(String scenario, @Nullable Integer remotePort, int localPort, int calls, List<String> extra)
            throws IOException {
        final Path dir = Path.of("target", "sipp");
        Files.createDirectories(dir);
        final Path log = dir.resolve(scenario.replace(".xml", "") + '-' + localPort + ".log");
        final List<String> command = new ArrayList<>(List.of(
                "sipp", "-sf", Path.of("src/test/resources/sipp", scenario).toString(), "-i", "127.0.0.1",
                "-p", String.valueOf(localPort), "-m", String.valueOf(calls), "-timeout", "20s",
                "-timeout_error", "-bg", "-nostdin", "-trace_err", "-error_file", log + ".err"));
        command.remove("-bg");
        command.addAll(extra);
        if (remotePort != null) {
            command.add("127.0.0.1:" + remotePort);
        }
        final Process process = new ProcessBuilder(command).redirectErrorStream(true)
                                                           .redirectOutput(log.toFile()).start();
        return new Sipp(process, log);
    }

    /** Waits for sipp to end by itself; returns its exit code (0: every call succeeded). */
    int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    String output() throws IOException {
        final Path errors = Path.of(log + ".err");
        return Files.readString(log) + (Files.exists(errors) ? Files.readString(errors) : "");
    }

    /** The keyword arguments for an account. */
    static List<String> account(String user, String domain, String password, int contactPort) {
        return List.of("-key", "aor_user", user, "-key", "aor_domain", domain, "-key", "aor_password", password,
                       "-key", "contact_port", String.valueOf(contactPort), "-au", user, "-ap", password);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
