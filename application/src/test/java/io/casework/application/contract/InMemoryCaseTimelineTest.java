package io.casework.application.contract;

import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.testing.InMemoryCaseRepository;
import io.casework.application.testing.InMemoryCaseTimeline;
import io.casework.application.testing.InMemoryOrganizationRepository;

class InMemoryCaseTimelineTest extends CaseTimelineContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final CaseRepository cases = new InMemoryCaseRepository();
    private final CaseTimeline timeline = new InMemoryCaseTimeline();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected CaseRepository cases() {
        return cases;
    }

    @Override
    protected CaseTimeline timeline() {
        return timeline;
    }
}
