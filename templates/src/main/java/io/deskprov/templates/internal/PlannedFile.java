package io.deskprov.templates.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A file a phone may request, and how to produce it: from a template, or as fixed text.
 *
 * @param name the file name the phone requests
 * @param contentType the HTTP content type
 * @param template the template, or {@code null} for fixed text
 * @param format how values are written into the template's output
 * @param extra context entries only this file needs, or the fixed text under {@code "text"}
 */
record PlannedFile(String name, String contentType, @Nullable String template, OutputFormat format,
                   Map<String, Object> extra) {
    static final String YEALINK_TYPE = "text/plain; charset=utf-8";
    static final String XML_TYPE = "application/xml; charset=utf-8";
    static final String PEM_TYPE = "application/x-pem-file";

    static PlannedFile yealink(String name, String template) {
        return new PlannedFile(name, YEALINK_TYPE, template, OutputFormat.KEY_VALUE, Map.of());
    }

    static PlannedFile xml(String name, String template, Map<String, Object> extra) {
        return new PlannedFile(name, XML_TYPE, template, OutputFormat.XML, extra);
    }

    static PlannedFile fixed(String name, String contentType, String text) {
        return new PlannedFile(name, contentType, null, OutputFormat.KEY_VALUE, Map.of("text", text));
    }
}
