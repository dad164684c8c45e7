package io.casework.application.service.signin;

import io.casework.application.port.in.SignInLinkUseCase;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.SignInLinks;
import io.casework.application.port.out.SignInLinks.SignInLink;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.organization.Organization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Makes sign-in links: emailed through the outbox, in the transaction that stores them, or handed to an operator. */
public final class SignInLinkService implements SignInLinkUseCase {
    static final Duration VALID_FOR = Duration.ofMinutes(15);
    private static final int MAX_PER_ADDRESS = 5;

    private final StaffMemberRepository staff;
    private final OrganizationRepository organizations;
    private final SignInLinks links;
    private final NotificationOutbox outbox;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;
    private final String publicUrl;

    /** @param publicUrl the base of the links, e.g. {@code https://casework.example.com} */
    public SignInLinkService(StaffMemberRepository staff, OrganizationRepository organizations, SignInLinks links,
                             NotificationOutbox outbox, IdGenerator ids, Transactions transactions, Clock clock,
                             String publicUrl) {
        this.staff = staff;
        this.organizations = organizations;
        this.links = links;
        this.outbox = outbox;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void request(Email email) {
        transactions.run(() -> {
            Instant now = clock.instant();
            int made = links.countSince(email.normalized(), now.minus(VALID_FOR));
            for (StaffMember member : activeWith(email)) {
                if (made++ >= MAX_PER_ADDRESS) {
                    return;
                }
                String id = ids.next("ntf_");
                outbox.add(new PendingNotification(id, member.organizationId(), null, member.id(),
                        Notifier.Email.signIn(id + "@casework",
                                new Notifier.Recipient(member.email().value(), member.name()), newLink(member, now),
                                organizations.find(member.organizationId()).map(Organization::name).orElse(null)),
                        0, now));
            }
        });
    }

    @Override
    public List<IssuedLink> issue(Email email) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<IssuedLink> issued = new ArrayList<>();
            for (StaffMember member : activeWith(email)) {
                issued.add(new IssuedLink(member.organizationId(), member.id(), newLink(member, now)));
            }
            return issued;
        });
    }

    private List<StaffMember> activeWith(Email email) {
        return staff.withEmail(email).stream().filter(StaffMember::isActive).toList();
    }

    private String newLink(StaffMember member, Instant now) {
        String token = Secrets.next();
        links.add(new SignInLink(Secrets.hash(token), member.organizationId(), member.id(), member.email().normalized(),
                now, now.plus(VALID_FOR)));
        return publicUrl + "/sign-in/" + token;
    }
}
