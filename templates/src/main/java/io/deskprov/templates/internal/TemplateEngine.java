package io.deskprov.templates.internal;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.jspecify.annotations.Nullable;

import io.deskprov.templates.TemplateRenderException;

/**
 * A Velocity engine set up so that templates can only read the data they are given.
 *
 * <ul>
 *   <li>The secure uberspector refuses classes, class loaders, reflection, threads and the runtime.
 *   <li>Strict references: a misspelt {@code $reference} fails the render instead of printing itself.
 *   <li>Templates come from the operator's directory first, then the bundled ones; names outside
 *       {@code vendor/name.vm} are refused, so {@code #parse} cannot wander.
 *   <li>{@code #evaluate} is disabled and every printed value is escaped for the output format.
 * </ul>
 */
public final class TemplateEngine {
    private static final Pattern LOCATION = Pattern.compile("(\\S+)\\[line (\\d+), column (\\d+)]");

    private final VelocityEngine engine;

    /**
     * Creates an engine reading templates from {@code operatorDirectory} (if given) before the bundled
     * ones; a changed operator template is picked up after {@code refreshInterval}.
     */
    public TemplateEngine(@Nullable Path operatorDirectory, Duration refreshInterval) {
        engine = new VelocityEngine(properties(operatorDirectory, refreshInterval));
        engine.init();
    }

    private static Properties properties(@Nullable Path operatorDirectory, Duration refreshInterval) {
        final Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "deskprov");
        properties.setProperty("resource.loader.deskprov.class", TemplateResourceLoader.class.getName());
        properties.setProperty("resource.loader.deskprov." + TemplateResourceLoader.OPERATOR_DIRECTORY,
                               operatorDirectory == null ? "" : operatorDirectory.toString());
        properties.setProperty("resource.loader.deskprov.cache", "true");
        properties.setProperty("resource.loader.deskprov.modification_check_interval",
                               Long.toString(refreshInterval.toSeconds()));
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, DisabledEvaluate.class.getName());
        properties.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        properties.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "4");
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_NAME, "io.deskprov.templates.velocity");
        return properties;
    }

    /**
     * Renders a template with the given model; each model entry becomes a top-level reference.
     *
     * @throws TemplateRenderException if the template is missing, malformed, or fails while rendering
     */
    public String render(String templateName, Map<String, Object> model, OutputFormat format) {
        // The context writes #set values into its map; the caller's model stays untouched.
        final VelocityContext context = new VelocityContext(new HashMap<>(model));
        final EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(format.handler());
        cartridge.attachToContext(context);

        final StringWriter out = new StringWriter(4096);
        try {
            final Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(context, out);
        } catch (VelocityException | IllegalStateException e) {
            throw translate(templateName, e);
        }
        return out.toString();
    }

    /**
     * Parses a template without rendering it.
     *
     * @throws TemplateRenderException if the template is missing or malformed
     */
    public void parse(String templateName) {
        try {
            engine.getTemplate(templateName, "UTF-8");
        } catch (VelocityException e) {
            throw translate(templateName, e);
        }
    }

    static TemplateRenderException translate(String templateName, RuntimeException e) {
        final String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ExtendedParseException located && located.getTemplateName() != null) {
            return new TemplateRenderException(located.getTemplateName(), located.getLineNumber(),
                                               located.getColumnNumber(), message, e);
        }
        if (e instanceof ParseErrorException parse && parse.getTemplateName() != null) {
            return new TemplateRenderException(parse.getTemplateName(), parse.getLineNumber(),
                                               parse.getColumnNumber(), message, e);
        }
        // Strict-mode reference errors carry their location only in the message: "name[line 3, column 5]".
        final Matcher location = LOCATION.matcher(message);
        if (location.find()) {
            return new TemplateRenderException(location.group(1), Integer.parseInt(location.group(2)),
                                               Integer.parseInt(location.group(3)), message, e);
        }
        return new TemplateRenderException(templateName, 0, 0, message, e);
    }
}
