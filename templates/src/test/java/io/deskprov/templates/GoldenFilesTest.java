package io.deskprov.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares whole rendered files with the expected copies beside this test. After a deliberate
 * template change, run once with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/io/deskprov/templates/golden");
    private static final ProvisioningRenderer RENDERER = Fixtures.renderer();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "yealink T46U, 805ec0123456.boot",
        "yealink T46U, 805ec0123456.cfg",
        "yealink T46U, 805ec0123456-phonebook.xml",
        "polycom VVX 450, 805ec0123456.cfg",
        "polycom VVX 450, 805ec0123456-deskprov.cfg",
        "polycom VVX 450, 805ec0123456-directory.xml"})
    void renderedFileMatchesGoldenCopy(String model, String fileName) throws IOException {
        final RenderedFile file = RENDERER.renderDeviceFile(Fixtures.request(Fixtures.model(model)).build(), fileName)
                                          .orElseThrow();
        final Path golden = GOLDEN.resolve(model.replace(' ', '-').toLowerCase(java.util.Locale.ROOT))
                                  .resolve(fileName);

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, file.bytes());
        }

        assertThat(file.text()).isEqualTo(Files.readString(golden));
    }
}
