package io.deskprov.registrar;

import java.time.Clock;
import io.deskprov.store.Engine;
import io.deskprov.store.sip.NewSipAccount;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.testing.TestDatabase;
import io.deskprov.store.workplace.Workplace;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The registrar for bench/bench-register.sh: H2, users u0..uN on bench.example.com with
 * passwords bench-password-N, on the given UDP port of 127.0.0.1; prints READY, runs until killed.
 */
final class BenchRegistrar {
    private BenchRegistrar() {
    }

    public static void main(String[] args) throws Exception {
        final int port = Integer.parseInt(args[0]);
        final int users = Integer.parseInt(args[1]);
        final TestDatabase database = TestDatabase.create(Engine.H2);
        final StoreFixtures fixtures = new StoreFixtures(database.database());
        final Workplace workplace = fixtures.workplace(fixtures.company());
        final var store = fixtures.store();
        store.inTransaction(tx -> {
            for (int i = 0; i < users; i++) {
                store.sipAccounts().create(tx, new NewSipAccount(workplace.id(), "u" + i, "u" + i, "bench.example.com",
                                                                 "Bench " + i, "bench-password-" + i));
            }
        });
        final RegistrarSettings settings = RegistrarSettings.builder().bindAddress("127.0.0.1").udpPort(port)
                                                            .tcpPort(port).build();
        Registrar.start(settings, store, Clock.systemUTC(), new SimpleMeterRegistry(), null);
        System.out.println("READY");
    }
}
