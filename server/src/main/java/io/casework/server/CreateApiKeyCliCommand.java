package io.casework.server;

import io.casework.application.port.in.CreateApiKeyUseCase.CreatedApiKey;
import io.casework.application.port.in.UseCases;
import io.casework.domain.organization.OrganizationId;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code create-api-key --organization ID --name N}: prints the new key, its secret shown this once. */
final class CreateApiKeyCliCommand extends DatabaseCommand {
    private final PrintStream out;

    CreateApiKeyCliCommand(PrintStream out) {
        super("create-api-key", "Creates an API key for an organization and prints it");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--organization").required(true).help("the organization's id (org_…)");
        subparser.addArgument("--name").required(true).help("what the key is for, e.g. the system that uses it");
    }

    @Override
    protected void run(Namespace namespace, UseCases useCases) {
        OrganizationId organization = new OrganizationId(namespace.getString("organization"));
        useCases.organizations().get(organization); // an unknown organization is refused before a key is made
        CreatedApiKey created = useCases.createApiKey().create(organization, namespace.getString("name"));
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", created.key().id().value());
        line.put("name", created.key().name());
        line.put("api_key", created.secret());
        out.println(JsonLines.of(line));
        out.flush();
    }
}
