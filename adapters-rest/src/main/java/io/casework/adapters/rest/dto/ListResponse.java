package io.casework.adapters.rest.dto;

import io.casework.application.port.Page;
import java.util.List;
import java.util.function.Function;

/** Every list of the API: one page of items and the cursor of the next page, null on the last. */
public record ListResponse<T>(List<T> data, String nextCursor) {
    public static <D, T> ListResponse<T> of(Page<D> page, Function<D, T> toResponse) {
        return new ListResponse<>(page.items().stream().map(toResponse).toList(), page.nextCursor().orElse(null));
    }
}
