package io.casework.server;

import io.casework.application.port.in.SignInLinkUseCase.IssuedLink;
import io.casework.application.port.in.UseCases;
import io.casework.domain.assignee.Email;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code sign-in-link --email E}: prints a fresh one-time sign-in link for each active staff member with this address
 * (one per organization), for operators whose people are locked out; fails when there is none.
 */
final class SignInLinkCliCommand extends DatabaseCommand {
    private final PrintStream out;

    SignInLinkCliCommand(PrintStream out) {
        super("sign-in-link", "Prints a one-time sign-in link for an active staff member");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--email").required(true).help("the staff member's email address");
    }

    @Override
    protected void run(Namespace namespace, UseCases useCases) {
        List<IssuedLink> links = useCases.signInLinks().issue(new Email(namespace.getString("email")));
        if (links.isEmpty()) {
            throw new IllegalArgumentException("no active staff member has the email " + namespace.getString("email"));
        }
        for (IssuedLink link : links) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("organization_id", link.organizationId().value());
            line.put("staff_member_id", link.staffMemberId().value());
            line.put("sign_in_url", link.url());
            out.println(JsonLines.of(line));
        }
        out.flush();
    }
}
