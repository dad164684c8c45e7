package io.casework.server;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateOrganizationUseCase.CreatedOrganization;
import io.casework.application.port.in.UseCases;
import io.casework.domain.organization.Plan;
import java.io.PrintStream;
import java.util.Arrays;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code create-organization --name NAME --plan PLAN}: prints the new organization's id and API key as JSON. */
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
    }

    @Override
    protected void run(Namespace namespace, UseCases useCases) {
        CreatedOrganization created = useCases.createOrganization().create(
                new CreateOrganizationCommand(namespace.getString("name"), plan(namespace)));
        out.println("{\"organization_id\":\"" + created.organizationId().value() + "\",\"api_key\":\""
                + created.apiKey() + "\"}");
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
