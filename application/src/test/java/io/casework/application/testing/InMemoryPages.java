package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Keyset pages over in-memory items, ordered by (created_at, id) as the database orders them. */
final class InMemoryPages {
    private static final Comparator<Position> ORDER = Comparator.comparing(Position::createdAt)
            .thenComparing(Position::id);

    private InMemoryPages() {
    }

    static <T> List<T> newestFirst(Stream<T> items, Function<T, Position> position, int limit, Optional<Position> after) {
        return items.filter(i -> after.map(a -> ORDER.compare(position.apply(i), a) < 0).orElse(true))
                .sorted(Comparator.comparing(position, ORDER.reversed()))
                .limit(limit)
                .toList();
    }

    static <T> List<T> oldestFirst(Stream<T> items, Function<T, Position> position, int limit, Optional<Position> after) {
        return items.filter(i -> after.map(a -> ORDER.compare(position.apply(i), a) > 0).orElse(true))
                .sorted(Comparator.comparing(position, ORDER))
                .limit(limit)
                .toList();
    }
}
