package io.casework.server;

import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.adapters.rest.RestApi;
import io.casework.application.port.in.ChangePlanUseCase;
import io.casework.application.port.in.CreateOrganizationUseCase;
import io.casework.application.service.AuthenticateService;
import io.casework.application.service.ChangePlanService;
import io.casework.application.service.CreateOrganizationService;
import io.casework.application.service.OrganizationQueryService;
import io.casework.application.service.PlanLimits;
import java.time.Clock;

/** Connects the use cases to their adapters, by hand, in one place. */
final class Wiring {
    static final Clock CLOCK = new MicrosecondClock();

    private final PostgresPersistence persistence;
    private final CaseworkConfiguration config;
    private final RandomIdGenerator ids = new RandomIdGenerator(CLOCK);

    Wiring(PostgresPersistence persistence, CaseworkConfiguration config) {
        this.persistence = persistence;
        this.config = config;
    }

    CreateOrganizationUseCase createOrganization() {
        return new CreateOrganizationService(persistence.organizations(), persistence.apiKeys(), ids,
                persistence.transactions(), CLOCK);
    }

    ChangePlanUseCase changePlan() {
        return new ChangePlanService(persistence.organizations(), persistence.transactions());
    }

    PlanLimits planLimits() {
        return new PlanLimits(config.plans.startupProgram.assignCaseMonthlyLimit);
    }

    RestApi.UseCases restUseCases() {
        return new RestApi.UseCases(new AuthenticateService(persistence.apiKeys()),
                new OrganizationQueryService(persistence.organizations(), persistence.assignCaseUsage(), planLimits(),
                        CLOCK));
    }
}
