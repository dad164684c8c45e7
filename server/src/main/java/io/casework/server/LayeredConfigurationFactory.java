package io.casework.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.ConfigurationFactoryFactory;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Dropwizard builds a configuration from the class's Java defaults when no file is given, skipping every
 * source provider; this factory builds from {@link ConfigurationLayers} on both paths instead.
 */
final class LayeredConfigurationFactory<T> extends YamlConfigurationFactory<T> {
    private final ConfigurationLayers layers;

    LayeredConfigurationFactory(Class<T> klass, Validator validator, ObjectMapper mapper, String propertyPrefix,
                                ConfigurationLayers layers) {
        super(klass, validator, mapper, propertyPrefix);
        this.layers = layers;
    }

    static <T> ConfigurationFactoryFactory<T> factory(ConfigurationLayers layers) {
        return new ConfigurationFactoryFactory<>() {
            @Override
            public ConfigurationFactory<T> create(Class<T> klass, Validator validator, ObjectMapper mapper,
                                                  String propertyPrefix) {
                return new LayeredConfigurationFactory<>(klass, validator, mapper.copy(), propertyPrefix, layers);
            }
        };
    }

    @Override
    public T build() throws IOException, ConfigurationException {
        return build(layers.build(null), "the default configuration");
    }

    @Override
    public T build(ConfigurationSourceProvider provider, String path) throws IOException, ConfigurationException {
        return build(layers.build(Path.of(path)), path);
    }
}
