package io.deskprov.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Parses rendered files back the way a phone would, failing the test on anything a phone would reject.
 */
final class RenderedFormats {
    static final String YEALINK_HEADER = "#!version:1.0.0.1";
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z0-9_.]+) = (.*)");
    private static final Pattern INCLUDE = Pattern.compile("include:config \"[^\"\\s]+\"");

    private RenderedFormats() {
    }

    /**
     * Returns the keys and values of a Yealink file, checking the header, that every other line is a
     * comment, an include or {@code key = value}, and that no key repeats.
     */
    static Map<String, String> yealink(RenderedFile file) {
        final List<String> lines = file.text().lines().toList();
        assertThat(lines).first().isEqualTo(YEALINK_HEADER);
        assertThat(file.text()).endsWith("\n").doesNotContain("\r");

        final Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#") || INCLUDE.matcher(line).matches()) {
                continue;
            }
            final Matcher matcher = KEY_VALUE.matcher(line);
            assertThat(matcher.matches()).as("%s: line '%s' is key = value", file.name(), line).isTrue();
            assertThat(values.put(matcher.group(1), matcher.group(2))).as("%s: %s repeats", file.name(), line)
                                                                      .isNull();
        }
        return values;
    }

    /**
     * Parses a Polycom file with the JDK's XML parser and returns its document.
     */
    static Document xml(RenderedFile file) {
        try {
            final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
        } catch (Exception e) {
            throw new AssertionError(file.name() + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Returns every attribute of every element, checking that no attribute name repeats.
     */
    static Map<String, String> attributes(Document document) {
        final Map<String, String> attributes = new LinkedHashMap<>();
        final NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            final NamedNodeMap map = ((Element) elements.item(i)).getAttributes();
            for (int j = 0; j < map.getLength(); j++) {
                final String name = map.item(j).getNodeName();
                assertThat(attributes.put(name, map.item(j).getNodeValue())).as("%s repeats", name).isNull();
            }
        }
        return attributes;
    }
}
