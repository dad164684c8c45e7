package io.casework.domain.organization;

import io.casework.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Pricing plans. Only the Startup Program limits the Assign Case step. */
public enum Plan {
    STARTUP_PROGRAM("startup_program", true),
    ESSENTIAL("essential", false),
    GROWTH("growth", false),
    ENTERPRISE("enterprise", false);

    private final String wireName;
    private final boolean assignCaseLimited;

    Plan(String wireName, boolean assignCaseLimited) {
        this.wireName = wireName;
        this.assignCaseLimited = assignCaseLimited;
    }

    public String wireName() {
        return wireName;
    }

    public boolean limitsAssignCase() {
        return assignCaseLimited;
    }

    public static Plan fromWireName(String name) {
        return Arrays.stream(values())
                .filter(p -> p.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("plan", "must be one of " + names()));
    }

    public static String names() {
        return Arrays.stream(values()).map(Plan::wireName).collect(Collectors.joining(", "));
    }
}
