package io.casework.application.service;

import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignCaseUseCase;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.CaseQueries;
import io.casework.application.port.in.ConflictException;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CreateCaseUseCase;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.UnassignCaseUseCase;
import io.casework.application.port.in.UpdateCaseCommand;
import io.casework.application.port.in.UpdateCaseUseCase;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Transactions;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import java.time.Clock;

/** Opening, changing, assigning and reading cases. */
public final class CaseServices {
    private CaseServices() {
    }

    public static final class CreateCaseService implements CreateCaseUseCase {
        private final CaseStore store;
        private final CaseCreatedTrigger trigger;
        private final IdGenerator ids;
        private final Transactions transactions;
        private final Clock clock;

        public CreateCaseService(CaseRepository cases, CaseTimeline timeline, CaseCreatedTrigger trigger,
                                 IdGenerator ids, Transactions transactions, Clock clock) {
            this.store = new CaseStore(cases, timeline, ids);
            this.trigger = trigger;
            this.ids = ids;
            this.transactions = transactions;
            this.clock = clock;
        }

        @Override
        public Case create(CreateCaseCommand command) {
            // opened inside: saving takes the case's events, so a retried transaction must open it afresh
            return transactions.inTransaction(() -> {
                Case aCase = Case.open(new CaseId(ids.next(CaseId.PREFIX)), command.organizationId(),
                        command.caseType(), command.priority(), command.subject(), command.attributes(),
                        command.tags(), command.actor(), clock.instant());
                store.save(aCase);
                trigger.caseCreated(aCase);
                return aCase;
            });
        }
    }

    public static final class UpdateCaseService implements UpdateCaseUseCase {
        private final CaseRepository cases;
        private final CaseStore store;
        private final Transactions transactions;
        private final Clock clock;

        public UpdateCaseService(CaseRepository cases, CaseTimeline timeline, IdGenerator ids,
                                 Transactions transactions, Clock clock) {
            this.cases = cases;
            this.store = new CaseStore(cases, timeline, ids);
            this.transactions = transactions;
            this.clock = clock;
        }

        @Override
        public Case update(UpdateCaseCommand command) {
            return transactions.inTransaction(() -> {
                Case aCase = find(cases, command.organizationId(), command.caseId());
                Versions.require(command.expectedVersion(), aCase.loadedVersion(), "case", command.caseId().value());
                aCase.update(command.change(), command.actor(), clock.instant());
                store.save(aCase);
                return aCase;
            });
        }
    }

    public static final class AssignCaseService implements AssignCaseUseCase {
        private final CaseRepository cases;
        private final CaseStore store;
        private final CaseAssigner assigner;
        private final Transactions transactions;

        public AssignCaseService(CaseRepository cases, CaseTimeline timeline, IdGenerator ids, CaseAssigner assigner,
                                 Transactions transactions) {
            this.cases = cases;
            this.store = new CaseStore(cases, timeline, ids);
            this.assigner = assigner;
            this.transactions = transactions;
        }

        @Override
        public Case assign(AssignCaseCommand command) {
            return transactions.inTransaction(() -> {
                Case aCase = cases.findForUpdate(command.organizationId(), command.caseId())
                        .orElseThrow(() -> new NotFoundException("case", command.caseId().value()));
                try {
                    assigner.assign(aCase, command.target(), command.actor(), byApi(command.actor()));
                } catch (DomainException e) {
                    if ("case_closed".equals(e.code())) {
                        throw new ConflictException(e.getMessage());
                    }
                    throw e;
                }
                store.save(aCase);
                return aCase;
            });
        }
    }

    public static final class UnassignCaseService implements UnassignCaseUseCase {
        private final CaseRepository cases;
        private final CaseStore store;
        private final CaseAssigner assigner;
        private final Transactions transactions;

        public UnassignCaseService(CaseRepository cases, CaseTimeline timeline, IdGenerator ids,
                                   CaseAssigner assigner, Transactions transactions) {
            this.cases = cases;
            this.store = new CaseStore(cases, timeline, ids);
            this.assigner = assigner;
            this.transactions = transactions;
        }

        @Override
        public Case unassign(OrganizationId organizationId, Actor actor, CaseId caseId) {
            return transactions.inTransaction(() -> {
                Case aCase = cases.findForUpdate(organizationId, caseId)
                        .orElseThrow(() -> new NotFoundException("case", caseId.value()));
                assigner.unassign(aCase, actor, byApi(actor));
                store.save(aCase);
                return aCase;
            });
        }
    }

    public static final class CaseQueryService implements CaseQueries {
        private final CaseRepository cases;
        private final CaseTimeline timeline;

        public CaseQueryService(CaseRepository cases, CaseTimeline timeline) {
            this.cases = cases;
            this.timeline = timeline;
        }

        @Override
        public Case get(OrganizationId organizationId, CaseId id) {
            return find(cases, organizationId, id);
        }

        @Override
        public Page<Case> list(OrganizationId organizationId, CaseFilter filter, PageRequest page) {
            return Page.fromOverfetch(cases.list(organizationId, filter, page.limit() + 1, page.after()), page.limit(),
                    c -> new PageRequest.Position(c.createdAt(), c.id().value()));
        }

        @Override
        public Page<CaseEventView> events(OrganizationId organizationId, CaseId id, PageRequest page) {
            find(cases, organizationId, id);
            return Page.fromOverfetch(timeline.list(organizationId, id, page.limit() + 1, page.after()), page.limit(),
                    e -> new PageRequest.Position(e.event().occurredAt(), e.id()));
        }
    }

    static Case find(CaseRepository cases, OrganizationId organizationId, CaseId id) {
        return cases.find(organizationId, id).orElseThrow(() -> new NotFoundException("case", id.value()));
    }

    private static Notifier.ChangedBy byApi(Actor actor) {
        return new Notifier.ChangedBy.ApiKey(new ApiKeyId(actor.id()));
    }
}
