package io.casework.server;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateOrganizationUseCase.CreatedOrganization;
import io.casework.application.port.in.UseCases;
import io.casework.domain.organization.Plan;
import java.io.PrintStream;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code create-organization --name NAME --plan PLAN [--admin-email E [--admin-name N]]}: prints the new
 * organization's id and API key as JSON and, with an admin, a one-time sign-in link for them, so that a newcomer
 * without an SMTP server can sign in.
 */
final class CreateOrganizationCliCommand extends DatabaseCommand {
    private final PrintStream out;

    CreateOrganizationCliCommand(PrintStream out) {
        super("create-organization", "Creates an organization and prints its id and first API key");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--name").required(true).help("the organization's name");
        subparser.addArgument("--plan").required(true).choices(planNames()).help("the organization's plan");
        subparser.addArgument("--admin-email").help("creates this admin staff member and prints a sign-in link");
        subparser.addArgument("--admin-name").help("the admin's name (default: the email address)");
    }

    @Override
    protected void run(Namespace namespace, UseCases useCases) {
        CreatedOrganization created = useCases.createOrganization().create(
                new CreateOrganizationCommand(namespace.getString("name"), plan(namespace)));
        Map<String, String> line = new LinkedHashMap<>();
        line.put("organization_id", created.organizationId().value());
        line.put("api_key", created.apiKey());
        String adminEmail = namespace.getString("admin_email");
        if (adminEmail != null) {
            Email email = new Email(adminEmail);
            String name = namespace.getString("admin_name");
            StaffMember admin = useCases.createStaffMember().create(new CreateStaffMemberCommand(
                    created.organizationId(), email, name == null ? adminEmail : name, Role.ADMIN));
            line.put("sign_in_url", useCases.signInLinks().issue(email).stream()
                    .filter(link -> link.staffMemberId().equals(admin.id())).findFirst().orElseThrow().url());
        }
        out.println(JsonLines.of(line));
        out.flush();
    }

    /** Plans are named on the command line as in the API: {@code startup_program}. */
    static String[] planNames() {
        return Arrays.stream(Plan.values()).map(WireNames::of).toArray(String[]::new);
    }

    static Plan plan(Namespace namespace) {
        return WireNames.parser(Plan.class).apply(namespace.getString("plan"));
    }
}
