package org.casebook.server;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings {@code application.yml} gives, for code that runs without the server (the command line reading a
 * stopped server's store): the same defaults, from the same file.
 */
public final class ApplicationYml {

    private ApplicationYml() {
    }

    /** The settings under {@code prefix}, bound to {@code type} as the server binds them. */
    public static <T> T bind(String prefix, Class<T> type) {
        try {
            return new Binder(ConfigurationPropertySources.from(new YamlPropertySourceLoader().load(
                    "application.yml", new ClassPathResource("application.yml")))).bindOrCreate(prefix, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
