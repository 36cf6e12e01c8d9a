package io.deskprov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.deskprov.portal.http.Route;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.store.Database;
import io.deskprov.store.testing.EngineTest;

/** Keeps openapi.yaml true: every route served is documented, and every documented one served. */
class OpenApiDocumentTest {

    @EngineTest
    void documentListsExactlyTheRoutesServed(Database database) throws Exception {
        final JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        final Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            final Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(
                    method -> documented.add(method.toUpperCase(Locale.ROOT) + ' ' + path.getKey()));
        }

        final Set<String> served = new HashSet<>();
        try (PortalHarness portal = new PortalHarness(database)) {
            for (Route route : portal.portal().router().routes()) {
                served.add(route.method().name() + ' ' + route.template());
            }
        }

        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }
}
