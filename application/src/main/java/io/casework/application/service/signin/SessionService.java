package io.casework.application.service.signin;

import io.casework.application.port.in.SessionUseCase;
import io.casework.application.port.out.Sessions;
import io.casework.application.port.out.Sessions.Session;
import io.casework.application.port.out.SignInLinks;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Turns a sign-in link into a session, and checks the session, and the member's standing, at every use. */
public final class SessionService implements SessionUseCase {
    static final Duration IDLE_LIMIT = Duration.ofHours(12);

    private final SignInLinks links;
    private final Sessions sessions;
    private final StaffMemberRepository staff;
    private final Transactions transactions;
    private final Clock clock;

    public SessionService(SignInLinks links, Sessions sessions, StaffMemberRepository staff, Transactions transactions,
                          Clock clock) {
        this.links = links;
        this.sessions = sessions;
        this.staff = staff;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<SignedIn> signIn(String token) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            return links.use(Secrets.hash(token), now)
                    .filter(link -> isActive(link.organizationId(), link.staffMemberId()))
                    .map(link -> {
                        String sessionId = Secrets.next();
                        sessions.add(new Session(Secrets.hash(sessionId), link.organizationId(), link.staffMemberId(),
                                now));
                        return new SignedIn(sessionId, link.organizationId(), link.staffMemberId());
                    });
        });
    }

    @Override
    public Optional<SignedIn> current(String sessionId) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            String idHash = Secrets.hash(sessionId);
            Optional<Session> session = sessions.touch(idHash, now.minus(IDLE_LIMIT), now);
            if (session.isPresent() && !isActive(session.get().organizationId(), session.get().staffMemberId())) {
                sessions.remove(idHash); // deactivated since signing in: the session ends here
                return Optional.empty();
            }
            return session.map(s -> new SignedIn(sessionId, s.organizationId(), s.staffMemberId()));
        });
    }

    @Override
    public void signOut(String sessionId) {
        transactions.run(() -> sessions.remove(Secrets.hash(sessionId)));
    }

    private boolean isActive(OrganizationId organizationId, StaffMemberId id) {
        return staff.find(organizationId, id).filter(StaffMember::isActive).isPresent();
    }
}
