package io.casework.application.port;

import io.casework.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** One page of a keyset-paginated list: at most {@code limit} items after {@code after} (exclusive). */
public record PageRequest(int limit, Optional<Position> after) {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** Builds a request from the wire: a null limit means the default, a null cursor the first page. */
    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit,
                cursor == null || cursor.isEmpty() ? Optional.empty() : Optional.of(Position.decode(cursor)));
    }

    /** A place in a list ordered by (created_at, id). The cursor string is opaque to clients. */
    public record Position(Instant createdAt, String id) {
        public String encode() {
            String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        public static Position decode(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                String[] parts = raw.split("\\.", 3);
                Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                if (parts[2].isEmpty()) {
                    throw new IllegalArgumentException("no id");
                }
                return new Position(at, parts[2]);
            } catch (RuntimeException e) {
                throw new InvalidValueException("cursor", "is not a cursor this API returned");
            }
        }
    }
}
