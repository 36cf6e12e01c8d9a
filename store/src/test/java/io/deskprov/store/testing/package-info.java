/**
 * Test support shared by every module: a fresh database per test class on H2 and on PostgreSQL.
 * Entry points: {@link io.deskprov.store.testing.EngineTest} for repository tests that run on
 * both engines, and {@link io.deskprov.store.testing.TestDatabase} for tests that need one.
 */
@NullMarked
package io.deskprov.store.testing;

import org.jspecify.annotations.NullMarked;
