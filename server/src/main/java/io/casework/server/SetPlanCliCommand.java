package io.casework.server;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.ChangePlanCommand;
import io.casework.application.port.in.UseCases;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code set-plan --organization ID --plan PLAN}. */
final class SetPlanCliCommand extends DatabaseCommand {
    private final PrintStream out;

    SetPlanCliCommand(PrintStream out) {
        super("set-plan", "Changes an organization's plan");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--organization").required(true).help("the organization's id (org_…)");
        subparser.addArgument("--plan").required(true).choices(CreateOrganizationCliCommand.planNames())
                .help("the new plan");
    }

    @Override
    protected void run(Namespace namespace, UseCases useCases) {
        Organization changed = useCases.changePlan().changePlan(new ChangePlanCommand(
                new OrganizationId(namespace.getString("organization")), CreateOrganizationCliCommand.plan(namespace)));
        out.println("{\"organization_id\":\"" + changed.id().value() + "\",\"plan\":\"" + WireNames.of(changed.plan())
                + "\"}");
        out.flush();
    }
}
