package io.deskprov.templates.internal;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * How values are written into a file format. Every reference a template prints passes through the
 * format's handler, so an operator's template cannot forget to escape.
 */
public enum OutputFormat {
    /** Yealink's {@code key = value} lines: a value must not start a new line. */
    KEY_VALUE {
        @Override
        Object insert(String reference, Object value) {
            final String text = String.valueOf(value);
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalStateException("reference " + reference
                                                + " holds a line break, which a key = value line cannot carry");
            }
            return text;
        }
    },
    /** XML text and attribute values: markup characters and line breaks become entities. */
    XML {
        @Override
        Object insert(String reference, Object value) {
            return escapeXml(String.valueOf(value));
        }
    };

    abstract Object insert(String reference, Object value);

    ReferenceInsertionEventHandler handler() {
        return (Context context, String reference, Object value) -> value == null ? null : insert(reference, value);
    }

    static String escapeXml(String text) {
        final StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                // Attribute value normalisation would turn raw line breaks into spaces; PEM needs them.
                case '\n' -> escaped.append("&#10;");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append("&#9;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
