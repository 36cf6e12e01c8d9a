package io.deskprov.templates.params;

import org.jspecify.annotations.Nullable;

/**
 * One parameter value as one level set it.
 *
 * @param name the parameter name
 * @param level the level that set it
 * @param raw the trimmed raw text; empty when the level cleared an inherited value
 * @param value the typed value, or {@code null} when cleared
 */
record Setting(String name, Level level, String raw, @Nullable Object value) {
}
