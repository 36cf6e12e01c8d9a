package io.deskprov.portal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail texts from resources named {@code NAME.LANG.txt}: a {@code Subject:} line, a blank line,
 * the body. {@code ${key}} is replaced by its value; a key without a value is an error, so that a
 * mail never goes out with a hole in it.
 */
final class MailTemplates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");
    private static final String SUBJECT = "Subject: ";

    private MailTemplates() {
    }

    /** German for languages starting with {@code de}, English otherwise. */
    static String supportedLanguage(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("de") ? "de" : "en";
    }

    static Rendered render(String name, String language, Map<String, String> values) {
        final String text = load(name + '.' + supportedLanguage(language) + ".txt");
        final int split = text.indexOf("\n\n");
        if (!text.startsWith(SUBJECT) || split < 0) {
            throw new IllegalStateException("mail template " + name
                                            + ": expected a Subject line, a blank line, a body");
        }
        return new Rendered(fill(name, text.substring(SUBJECT.length(), split).trim(), values),
                            fill(name, text.substring(split + 2), values));
    }

    private static String fill(String name, String text, Map<String, String> values) {
        final Matcher matcher = PLACEHOLDER.matcher(text);
        final StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            final String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("mail template " + name + ": no value for ${" + matcher.group(1) + '}');
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String load(String resource) {
        try (InputStream in = MailTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("mail template missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("mail template unreadable: " + resource, e);
        }
    }

    record Rendered(String subject, String body) {
    }
}
