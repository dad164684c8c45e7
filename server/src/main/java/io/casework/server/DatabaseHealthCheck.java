package io.casework.server;

import com.codahale.metrics.health.HealthCheck;
import io.casework.adapters.persistence.jdbi.PostgresPersistence;

/** Healthy when PostgreSQL answers a query. */
final class DatabaseHealthCheck extends HealthCheck {
    private final PostgresPersistence persistence;

    DatabaseHealthCheck(PostgresPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    protected Result check() {
        persistence.ping();
        return Result.healthy();
    }
}
