package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.out.Sessions;
import io.casework.application.port.out.Sessions.Session;
import io.casework.application.port.out.SignInLinks;
import io.casework.application.port.out.SignInLinks.SignInLink;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.domain.assignee.StaffMember;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link SignInLinks} and {@link Sessions} must do. */
public abstract class SignInStoresContract extends PortContract {
    /** Members must exist before links and sessions name them (foreign keys). */
    protected abstract StaffMemberRepository staffMembers();

    protected abstract SignInLinks links();

    protected abstract Sessions sessions();

    private StaffMember storedMember() {
        StaffMember member = aMember(storedOrganization());
        staffMembers().add(member);
        return member;
    }

    private SignInLink aLink(StaffMember member, Instant createdAt) {
        return new SignInLink(ids.next("hash_"), member.organizationId(), member.id(), member.email().normalized(),
                createdAt, createdAt.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aLinkIsUsedOnceAndOnlyBeforeItExpires() {
        StaffMember member = storedMember();
        Instant now = clock.instant();
        SignInLink link = aLink(member, now);
        SignInLink expired = aLink(member, now.minus(Duration.ofMinutes(16)));
        links().add(link);
        links().add(expired);

        assertThat(links().use(link.tokenHash(), now)).contains(link);
        assertThat(links().use(link.tokenHash(), now)).isEmpty();
        assertThat(links().use(expired.tokenHash(), now)).isEmpty();
        assertThat(links().use("unknown", now)).isEmpty();
    }

    @Test
    void countsTheLinksOfAnAddressSinceATime() {
        StaffMember member = storedMember();
        Instant now = clock.instant();
        links().add(aLink(member, now.minus(Duration.ofMinutes(20))));
        links().add(aLink(member, now.minus(Duration.ofMinutes(10))));
        links().add(aLink(member, now));
        links().add(aLink(storedMember(), now));

        assertThat(links().countSince(member.email().normalized(), now.minus(Duration.ofMinutes(15)))).isEqualTo(2);
    }

    @Test
    void aSessionIsFoundWhileSeenRecentlyEnoughAndUntilRemoved() {
        StaffMember member = storedMember();
        Instant start = clock.instant();
        Session session = new Session(ids.next("hash_"), member.organizationId(), member.id(), start);
        sessions().add(session);
        Instant later = start.plus(Duration.ofHours(11));

        assertThat(sessions().touch(session.idHash(), later.minus(Duration.ofHours(12)), later)).contains(session);
        Instant muchLater = later.plus(Duration.ofHours(11));
        assertThat(sessions().touch(session.idHash(), muchLater.minus(Duration.ofHours(12)), muchLater))
                .as("idle for 11 hours since the last touch").contains(session);
        Instant tooLate = muchLater.plus(Duration.ofHours(13));
        assertThat(sessions().touch(session.idHash(), tooLate.minus(Duration.ofHours(12)), tooLate)).isEmpty();

        Session other = new Session(ids.next("hash_"), member.organizationId(), member.id(), start);
        sessions().add(other);
        sessions().remove(other.idHash());
        assertThat(sessions().touch(other.idHash(), start.minus(Duration.ofHours(12)), start)).isEmpty();
    }
}
