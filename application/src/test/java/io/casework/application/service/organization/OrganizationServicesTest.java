package io.casework.application.service.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.in.AuthenticateUseCase;
import io.casework.application.port.in.AuthenticateUseCase.Caller;
import io.casework.application.port.in.ChangePlanCommand;
import io.casework.application.port.in.ChangePlanUseCase;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateOrganizationUseCase;
import io.casework.application.port.in.CreateOrganizationUseCase.CreatedOrganization;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.OrganizationQueries;
import io.casework.application.port.in.OrganizationQueries.OrganizationView;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class OrganizationServicesTest {
    private final InMemoryCasework casework = new InMemoryCasework(100);
    private final CreateOrganizationUseCase create = casework.useCases.createOrganization();
    private final AuthenticateUseCase authenticate = casework.useCases.authenticate();
    private final OrganizationQueries queries = casework.useCases.organizations();

    @Test
    void theKeyOfANewOrganizationAuthenticatesAsThatOrganization() {
        CreatedOrganization created = create.create(new CreateOrganizationCommand("Acme", Plan.GROWTH));

        Caller caller = authenticate.authenticate(created.apiKey()).orElseThrow();

        assertThat(caller.organizationId()).isEqualTo(created.organizationId());
        assertThat(created.apiKey()).startsWith(caller.apiKeyId().value() + ".");
    }

    @Test
    void theKeyIsStoredOnlyAsAHash() {
        CreatedOrganization created = create.create(new CreateOrganizationCommand("Acme", Plan.GROWTH));
        String secret = created.apiKey().substring(created.apiKey().indexOf('.') + 1);

        byte[] stored = casework.apiKeys.find(authenticate.authenticate(created.apiKey()).orElseThrow().apiKeyId())
                .orElseThrow().secretHash();

        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(stored).hasSize(32);
    }

    @Test
    void aWrongOrMalformedKeyDoesNotAuthenticate() {
        CreatedOrganization created = create.create(new CreateOrganizationCommand("Acme", Plan.GROWTH));
        String keyId = created.apiKey().substring(0, created.apiKey().indexOf('.'));

        assertThat(authenticate.authenticate(keyId + ".wrong-secret")).isEmpty();
        assertThat(authenticate.authenticate(keyId)).isEmpty();
        assertThat(authenticate.authenticate("")).isEmpty();
        assertThat(authenticate.authenticate(null)).isEmpty();
        assertThat(authenticate.authenticate("key_nosuchkey.secret")).isEmpty();
    }

    @Test
    void theStartupProgramShowsItsLimitAndOtherPlansNone() {
        CreatedOrganization startup = create.create(new CreateOrganizationCommand("Small", Plan.STARTUP_PROGRAM));
        CreatedOrganization big = create.create(new CreateOrganizationCommand("Big", Plan.ENTERPRISE));
        casework.usage.tryIncrement(startup.organizationId(), YearMonth.of(2026, 11), 100L);

        OrganizationView small = queries.get(startup.organizationId());
        OrganizationView large = queries.get(big.organizationId());

        assertThat(small.period()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(small.assignCaseExecutions()).isEqualTo(1);
        assertThat(small.assignCaseLimit()).isEqualTo(100);
        assertThat(large.assignCaseLimit()).isNull();
    }

    @Test
    void changingThePlanOfAnUnknownOrganizationIsNotFound() {
        ChangePlanUseCase changePlan = casework.useCases.changePlan();

        assertThatThrownBy(() -> changePlan.changePlan(new ChangePlanCommand(new OrganizationId("org_nope"), Plan.GROWTH)))
                .isInstanceOf(NotFoundException.class);
    }
}
