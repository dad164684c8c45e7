package io.casework.adapters.rest.webhook;

import io.casework.adapters.rest.dto.Violations;
import io.casework.domain.webhook.WebhookEventType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@code events} of a request, each unknown one named by its index ({@code events[1]}). */
final class WebhookEvents {
    private WebhookEvents() {
    }

    static Set<WebhookEventType> parse(List<String> names, Violations violations) {
        Set<WebhookEventType> types = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            WebhookEventType type = violations.required("events[" + i + "]", names.get(i), WebhookEventType::of);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    static List<String> names(Set<WebhookEventType> types) {
        return types.stream().map(WebhookEventType::wireName).sorted().toList();
    }
}
