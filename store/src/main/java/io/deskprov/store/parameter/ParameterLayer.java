package io.deskprov.store.parameter;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parameters set at one level for one scope, sorted by name.
 *
 * @param scopeId the company, group, workplace or device id; 0 for the platform
 * @param values raw values by parameter name
 */
public record ParameterLayer(ParameterLevel level, long scopeId, SortedMap<String, String> values) {

    public ParameterLayer {
        requireNonNull(level, "level");
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }
}
