package io.deskprov.templates.internal;

import java.io.Writer;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Replaces Velocity's {@code #evaluate}, which would run a value as template code. Values are data:
 * a display name holding {@code #set(...)} must print as typed.
 */
public final class DisabledEvaluate extends Directive {

    @Override
    public String getName() {
        return "evaluate";
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        throw new MethodInvocationException("#evaluate is disabled: values are never run as template code",
                                            null, "evaluate", getTemplateName(), getLine(), getColumn());
    }
}
