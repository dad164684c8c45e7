package io.casework.adapters.rest.dto;

import io.casework.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enum values on the wire are the constants' names in lower case: {@code HIGH} is {@code "high"}. */
public final class WireNames {
    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** A parser for {@link Violations}: an unknown value is an {@link InvalidValueException} listing the allowed ones. */
    public static <E extends Enum<E>> Function<String, E> parser(Class<E> type) {
        return wire -> Arrays.stream(type.getEnumConstants())
                .filter(e -> of(e).equals(wire))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(null, "must be one of " + allowed(type)));
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "));
    }
}
