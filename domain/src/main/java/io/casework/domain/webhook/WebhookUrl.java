package io.casework.domain.webhook;

import io.casework.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where an endpoint receives events: an absolute http or https URL with a host, at most 2048 characters. */
public record WebhookUrl(String value) {
    public WebhookUrl {
        if (value == null || value.isBlank() || value.length() > 2048) {
            throw new InvalidValueException("url", "must be an absolute http or https URL of at most 2048 characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null
                || uri.getFragment() != null) {
            throw new InvalidValueException("url",
                    "must be an absolute http or https URL with a host, and no user info or fragment");
        }
    }

    public URI uri() {
        return URI.create(value);
    }

    public boolean isHttps() {
        return uri().getScheme().equalsIgnoreCase("https");
    }

    @Override
    public String toString() {
        return value;
    }
}
