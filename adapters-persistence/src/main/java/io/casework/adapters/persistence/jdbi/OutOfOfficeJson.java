package io.casework.adapters.persistence.jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.domain.assignee.OutOfOffice;
import io.casework.domain.assignee.OutOfOfficeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored form of staff_members.out_of_office: an array of windows, times as RFC 3339 text in UTC. */
final class OutOfOfficeJson {
    private OutOfOfficeJson() {
    }

    static String write(OutOfOffice outOfOffice) {
        List<Map<String, Object>> windows = new ArrayList<>();
        for (OutOfOfficeWindow window : outOfOffice.windows()) {
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("starts_at", window.startsAt().toString());
            stored.put("ends_at", window.endsAt().toString());
            stored.put("note", window.note());
            windows.add(stored);
        }
        return JsonColumns.write(windows);
    }

    static OutOfOffice read(String json) {
        List<OutOfOfficeWindow> windows = new ArrayList<>();
        for (JsonNode window : JsonColumns.readTree(json)) {
            windows.add(new OutOfOfficeWindow(Instant.parse(window.get("starts_at").asText()),
                    Instant.parse(window.get("ends_at").asText()), JsonColumns.text(window, "note")));
        }
        return OutOfOffice.rehydrate(windows);
    }
}
