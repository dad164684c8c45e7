package io.casework.application.service;

import io.casework.application.port.in.StaleVersionException;
import java.util.OptionalLong;

/** The If-Match check: a client that read an older version must not overwrite a newer one. */
public final class Versions {
    private Versions() {
    }

    public static void require(OptionalLong expected, long actual, String what, String id) {
        if (expected.isPresent() && expected.getAsLong() != actual) {
            throw new StaleVersionException(what, id);
        }
    }
}
