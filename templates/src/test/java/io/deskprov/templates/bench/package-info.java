/**
 * JMH benchmarks; run with {@code mvn -B -pl templates -am -Pjmh -DskipTests verify}, never by surefire.
 */
@NullMarked
package io.deskprov.templates.bench;

import org.jspecify.annotations.NullMarked;
