package io.deskprov.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value forms configuration keys use; each failure message states the expected form. */
final class Parsers {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Parsers() {
    }

    static ValueParser<String> text() {
        return text -> text;
    }

    /** Comma-separated words; blanks around commas are dropped, as are empty entries. */
    static ValueParser<List<String>> list() {
        return text -> Arrays.stream(text.split(",")).map(String::trim).filter(word -> !word.isEmpty()).toList();
    }

    static ValueParser<Integer> integer(int min, int max) {
        return text -> {
            try {
                final int value = Integer.parseInt(text.trim());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // Falls through to the message below, which says what is expected.
            }
            throw new IllegalArgumentException("a whole number from " + min + " to " + max);
        };
    }

    static ValueParser<Integer> port() {
        final ValueParser<Integer> range = integer(0, 65535);
        return text -> {
            try {
                return range.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a TCP port from 1 to 65535, or 0 for any free port", e);
            }
        };
    }

    static ValueParser<Boolean> bool() {
        return text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("true or false");
        };
    }

    static ValueParser<Duration> duration() {
        return text -> {
            final Matcher matcher = DURATION.matcher(text.trim());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("a duration such as 250ms, 5s, 2m, 1h or 30d");
            }
            final long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        };
    }

    static ValueParser<Path> path() {
        return text -> {
            if (text.isBlank()) {
                throw new IllegalArgumentException("a file system path");
            }
            try {
                return Path.of(text.trim());
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("a file system path", e);
            }
        };
    }

    /** An absolute http or https URL with a host. */
    static ValueParser<URI> httpUrl() {
        return text -> {
            final String expected = "an http URL such as http://pki.example.com:8091/crl";
            try {
                final URI url = new URI(text.trim());
                if (!url.isAbsolute() || !List.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
                    throw new IllegalArgumentException(expected);
                }
                return url;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(expected, e);
            }
        };
    }

    static <E extends Enum<E>> ValueParser<E> oneOf(Class<E> type) {
        return text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text.trim())) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("one of " + names(type));
        };
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        final StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        return names.toString();
    }
}
