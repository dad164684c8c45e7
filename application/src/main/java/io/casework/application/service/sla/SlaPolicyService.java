package io.casework.application.service.sla;

import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.in.SlaPolicyDraft;
import io.casework.application.port.in.SlaPolicyUseCase;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.SlaPolicyRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.sla.SlaPolicies;
import io.casework.domain.sla.SlaPolicy;
import io.casework.domain.sla.SlaPolicyId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class SlaPolicyService implements SlaPolicyUseCase {
    private final SlaPolicyRepository policies;
    private final IdGenerator ids;
    private final Transactions transactions;

    public SlaPolicyService(SlaPolicyRepository policies, IdGenerator ids, Transactions transactions) {
        this.policies = policies;
        this.ids = ids;
        this.transactions = transactions;
    }

    @Override
    public List<SlaPolicy> list(OrganizationId organizationId) {
        return policies.list(organizationId);
    }

    @Override
    public List<SlaPolicy> replace(OrganizationId organizationId, List<SlaPolicyDraft> drafts) {
        if (drafts.size() > SlaPolicies.MAX_POLICIES) {
            throw FieldErrorsException.validation(List.of(new FieldError("policies",
                    "at most " + SlaPolicies.MAX_POLICIES + " policies")));
        }
        return transactions.inTransaction(() -> {
            Map<Match, SlaPolicyId> kept = new HashMap<>();
            policies.list(organizationId).forEach(p -> kept.put(Match.of(p.caseTypes(), p.priority()), p.id()));
            List<FieldError> errors = new ArrayList<>();
            List<SlaPolicy> checked = new ArrayList<>();
            Map<SlaPolicy.MatchKey, Integer> taken = new HashMap<>();
            for (int i = 0; i < drafts.size(); i++) {
                Optional<SlaPolicy> policy = check(drafts.get(i), "policies[" + i + "].", errors, kept);
                if (policy.isEmpty()) {
                    continue;
                }
                for (SlaPolicy.MatchKey key : policy.get().matchKeys()) {
                    Integer earlier = taken.putIfAbsent(key, i);
                    if (earlier != null) {
                        errors.add(new FieldError("policies[" + i + "]", "matches " + describe(key)
                                + " as policies[" + earlier + "] does; one policy per case type and priority"));
                        break;
                    }
                }
                checked.add(policy.get());
            }
            if (!errors.isEmpty()) {
                throw FieldErrorsException.validation(errors);
            }
            policies.replace(organizationId, checked);
            return List.copyOf(checked);
        });
    }

    private Optional<SlaPolicy> check(SlaPolicyDraft draft, String path, List<FieldError> errors,
                                      Map<Match, SlaPolicyId> kept) {
        if (draft.caseTypes() != null && draft.caseTypes().isEmpty()) {
            errors.add(new FieldError(path + "case_types", "must list at least one case type, or be null for any"));
            return Optional.empty();
        }
        if (draft.resolutionMinutes() == null) {
            errors.add(new FieldError(path + "resolution_minutes", "is required"));
            return Optional.empty();
        }
        SlaPolicyId id = kept.getOrDefault(Match.of(draft.caseTypes(), draft.priority()),
                new SlaPolicyId(ids.next(SlaPolicyId.PREFIX)));
        try {
            return Optional.of(new SlaPolicy(id, draft.caseTypes(), draft.priority(), draft.firstResponseMinutes(),
                    draft.resolutionMinutes()));
        } catch (InvalidValueException e) {
            errors.add(new FieldError(path + e.field(), e.getMessage()));
            return Optional.empty();
        }
    }

    private static String describe(SlaPolicy.MatchKey key) {
        return key.caseType().map(t -> "case type " + t.value()).orElse("any case type") + " at "
                + key.priority().map(p -> p.name().toLowerCase(java.util.Locale.ROOT) + " priority")
                .orElse("any priority");
    }

    /** What a policy matches, regardless of the order of its case types: the same match keeps its id. */
    private record Match(Set<CaseType> caseTypes, Optional<Priority> priority) {
        static Match of(List<CaseType> caseTypes, Priority priority) {
            return new Match(caseTypes == null ? Set.of() : Set.copyOf(caseTypes), Optional.ofNullable(priority));
        }
    }
}
