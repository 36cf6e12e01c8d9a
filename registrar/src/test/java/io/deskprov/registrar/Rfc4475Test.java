package io.deskprov.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.deskprov.store.Engine;
import io.deskprov.store.testing.TestDatabase;

/**
 * Replays every RFC 4475 torture message over UDP and checks the expectation of cases.tsv, and
 * that the registrar still answers an OPTIONS afterwards.
 */
class Rfc4475Test {

    @Test
    void everyTortureMessageGetsASafeAnswerAndTheStackStaysUp() throws Exception {
        final Path folder = tortureFolder();
        assumeTrue(folder != null, "no shared/testdata/rfc4475 beside the checkout; RFC 4475 replay skipped");
        final List<String[]> cases = cases(folder.resolve("cases.tsv"));
        assertThat(cases).hasSize(49);
        final List<String> unsafe = new ArrayList<>();
        try (TestDatabase database = TestDatabase.create(Engine.H2);
             RegistrarHarness harness = new RegistrarHarness(database.database(), b -> b);
             RawSip sip = new RawSip(harness.port())) {
            for (String[] c : cases) {
                final String file = c[0];
                final String expect = c[2];

                sip.send(Files.readAllBytes(folder.resolve(file)));
                final List<Integer> answers = drain(sip);
                final String verdict = judge(file, expect, answers);
                if (verdict != null) {
                    unsafe.add(verdict);
                }
                final int options = RawSip.status(sip.exchange(sip.options()));
                if (options != 200) {
                    unsafe.add(file + ": OPTIONS afterwards answered " + options);
                }
            }
        }
        assertThat(unsafe).isEmpty();
    }

    private static @Nullable String judge(String file, String expect, List<Integer> answers) {
        for (int status : answers) {
            if ("silence".equals(expect)) {
                return file + ": a stray response was answered with " + status;
            }
            if ("reject".equals(expect) && status >= 200 && status < 400) {
                return file + ": malformed request accepted with " + status;
            }
            if (file.startsWith("reg") && status >= 200 && status < 300) {
                return file + ": REGISTER without credentials accepted with " + status;
            }
        }
        return null;
    }

    /** Final statuses that arrive within a short wait; 1xx skipped. */
    private static List<Integer> drain(RawSip sip) throws IOException {
        final List<Integer> statuses = new ArrayList<>();
        for (String answer = sip.receive(300); answer != null; answer = sip.receive(300)) {
            if (answer.startsWith("SIP/2.0 ") && !answer.startsWith("SIP/2.0 1")) {
                statuses.add(RawSip.status(answer));
            }
        }
        return statuses;
    }

    private static List<String[]> cases(Path tsv) throws IOException {
        final List<String[]> cases = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                cases.add(line.split("\t"));
            }
        }
        return cases;
    }

    /** Walks up from the working directory to a folder with shared/testdata/rfc4475 in it. */
    static @Nullable Path tortureFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            final Path candidate = dir.resolve("shared/testdata/rfc4475");
            if (Files.isRegularFile(candidate.resolve("cases.tsv"))) {
                return candidate;
            }
        }
        return null;
    }
}
