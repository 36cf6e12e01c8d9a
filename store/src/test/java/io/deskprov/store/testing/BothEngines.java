package io.deskprov.store.testing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import io.deskprov.store.Database;
import io.deskprov.store.Engine;

/** The extension behind {@link EngineTest}. */
final class BothEngines implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothEngines.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().isPresent();
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Engine.values()).map(OnEngine::new);
    }

    /** The test database of this engine for the test class, made on first use. */
    static TestDatabase databaseFor(ExtensionContext context, Engine engine) {
        final ExtensionContext classContext = context.getParent().flatMap(ExtensionContext::getParent)
                                                     .orElseThrow();
        return classContext.getStore(NAMESPACE)
                           .getOrComputeIfAbsent(engine, key -> new ClosingDatabase(TestDatabase.create(engine)),
                                                 ClosingDatabase.class)
                           .database;
    }

    /** Closes the test database when JUnit closes the test class's store. */
    private record ClosingDatabase(TestDatabase database)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    private record OnEngine(Engine engine) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return '[' + engine.name().toLowerCase(Locale.ROOT) + ']';
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new EngineAvailable(engine), new DatabaseParameter(engine));
        }
    }

    private record EngineAvailable(Engine engine) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return TestDatabase.isAvailable(engine)
                   ? ConditionEvaluationResult.enabled(engine + " available")
                   : ConditionEvaluationResult.disabled(TestDatabase.unavailableReason(engine));
        }
    }

    private record DatabaseParameter(Engine engine) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            final Class<?> type = parameter.getParameter().getType();
            return type == Database.class || type == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            final TestDatabase database = databaseFor(context, engine);
            return parameter.getParameter().getType() == Database.class ? database.database() : database;
        }
    }
}
