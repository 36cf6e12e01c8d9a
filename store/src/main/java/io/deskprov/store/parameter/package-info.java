/**
 * Phone parameters set at the levels of the inheritance chain, from the platform down to one
 * device, and the layers the renderer merges for a device. Entry point: {@link
 * io.deskprov.store.parameter.ParameterRepository}.
 */
@NullMarked
package io.deskprov.store.parameter;

import org.jspecify.annotations.NullMarked;
