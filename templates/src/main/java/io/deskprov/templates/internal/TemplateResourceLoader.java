package io.deskprov.templates.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.jspecify.annotations.Nullable;

/**
 * Loads templates from the operator's directory when it has the file, else from the bundled
 * templates on the classpath.
 *
 * <p>Only names of the form {@code vendor/name.vm} are served, so neither a render request nor
 * {@code #parse}/{@code #include} in a template can reach a file outside the two roots (no
 * {@code ..}, no absolute paths, no other classpath resources).
 */
public final class TemplateResourceLoader extends ResourceLoader {
    static final String BUNDLED_ROOT = "io/deskprov/templates/bundled/";
    static final String OPERATOR_DIRECTORY = "operator.directory";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9_-]*\\.vm");

    private @Nullable Path operatorDirectory;

    @Override
    public void init(ExtProperties configuration) {
        final String directory = configuration.getString(OPERATOR_DIRECTORY, "");
        operatorDirectory = directory.isEmpty() ? null : Path.of(directory).toAbsolutePath().normalize();
    }

    @Override
    public Reader getResourceReader(String source, String encoding) {
        final Path file = operatorFile(source);
        try {
            if (file != null) {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
            final InputStream in = TemplateResourceLoader.class.getClassLoader()
                                                               .getResourceAsStream(BUNDLED_ROOT + source);
            if (in == null) {
                throw new ResourceNotFoundException("template '" + source + "' is neither in the operator "
                                                    + "directory nor bundled");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResourceNotFoundException("template '" + source + "' cannot be read", e, null);
        }
    }

    @Override
    public boolean resourceExists(String source) {
        // Velocity probes for its global macro library at start-up; a foreign name simply does not exist.
        if (!NAME.matcher(source).matches()) {
            return false;
        }
        return operatorFile(source) != null
               || TemplateResourceLoader.class.getClassLoader().getResource(BUNDLED_ROOT + source) != null;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return getLastModified(resource) != resource.getLastModified();
    }

    @Override
    public long getLastModified(Resource resource) {
        final Path file = operatorFile(resource.getName());
        try {
            return file == null ? 0 : Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Returns the operator's copy of a template, or {@code null} if there is none.
     *
     * @throws ResourceNotFoundException if the name is not a plain {@code vendor/name.vm}
     */
    @Nullable Path operatorFile(String source) {
        if (!NAME.matcher(source).matches()) {
            throw new ResourceNotFoundException("template name '" + source
                                                + "' is not of the form vendor/name.vm");
        }
        if (operatorDirectory == null) {
            return null;
        }
        final Path file = operatorDirectory.resolve(source).normalize();
        // Symbolic links could lead out of the directory; only regular files inside it count.
        if (!file.startsWith(operatorDirectory) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return file;
    }
}
