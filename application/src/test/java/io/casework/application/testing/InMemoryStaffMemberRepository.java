package io.casework.application.testing;

import io.casework.application.port.in.ConflictException;
import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryStaffMemberRepository implements StaffMemberRepository, InMemoryTransactions.Participant {
    private final Map<StaffMemberId, StaffMember> members = new LinkedHashMap<>();

    @Override
    public synchronized void add(StaffMember member) {
        requireFreeEmail(member);
        members.put(member.id(), copy(member, member.version()));
    }

    private void requireFreeEmail(StaffMember member) {
        boolean taken = members.values().stream().anyMatch(m -> m.organizationId().equals(member.organizationId())
                && !m.id().equals(member.id()) && m.email().sameAddressAs(member.email()));
        if (taken) {
            throw new ConflictException("a staff member with email " + member.email() + " exists");
        }
    }

    @Override
    public synchronized Optional<StaffMember> find(OrganizationId organizationId, StaffMemberId id) {
        return Optional.ofNullable(members.get(id)).filter(m -> m.organizationId().equals(organizationId))
                .map(m -> copy(m, m.version()));
    }

    @Override
    public synchronized List<StaffMember> withEmail(Email email) {
        return members.values().stream().filter(m -> m.email().sameAddressAs(email)).map(m -> copy(m, m.version()))
                .toList();
    }

    @Override
    public synchronized List<StaffMemberId> existing(OrganizationId organizationId, Collection<StaffMemberId> ids) {
        return ids.stream().filter(id -> find(organizationId, id).isPresent()).distinct().toList();
    }

    @Override
    public synchronized void update(StaffMember member) {
        StaffMember stored = members.get(member.id());
        if (stored == null || !stored.organizationId().equals(member.organizationId())
                || stored.version() != member.version()) {
            throw new StaleVersionException("staff member", member.id().value());
        }
        requireFreeEmail(member);
        members.put(member.id(), copy(member, member.version() + 1));
    }

    @Override
    public synchronized List<StaffMember> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        return InMemoryPages.newestFirst(members.values().stream().filter(m -> m.organizationId().equals(organizationId)),
                m -> new Position(m.createdAt(), m.id().value()), limit, after);
    }

    static StaffMember copy(StaffMember m, long version) {
        return StaffMember.rehydrate(m.id(), m.organizationId(), m.email(), m.name(), m.role(), m.status(), m.availability(),
                m.maxActiveCases(), m.outOfOffice(), m.createdAt(), version);
    }

    @Override
    public synchronized Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, members);
    }
}
