package io.casework.application.port;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A page of items and, when more may follow, the cursor of the next page. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Cuts a list fetched with one item more than {@code limit}: the extra item only tells that a next page
     * exists, and the cursor points after the last item kept.
     */
    public static <T> Page<T> fromOverfetch(List<T> fetched, int limit, Function<T, PageRequest.Position> position) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> kept = fetched.subList(0, limit);
        return new Page<>(kept, Optional.of(position.apply(kept.get(limit - 1)).encode()));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
