package io.deskprov.store.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once on H2 and once on PostgreSQL, each time with a migrated {@link
 * io.deskprov.store.Database} parameter. The database is made for the test class and shared by
 * its tests, so a test makes its own rows (unique names, MACs) rather than expect empty tables.
 * Where no PostgreSQL server is configured, the PostgreSQL run is skipped with the reason.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothEngines.class)
public @interface EngineTest {
}
