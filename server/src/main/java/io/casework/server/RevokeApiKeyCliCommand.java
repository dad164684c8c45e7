package io.casework.server;

import io.casework.application.port.in.ApiKeyView;
import io.casework.application.port.in.UseCases;
import io.casework.domain.organization.ApiKeyId;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code revoke-api-key --id ID}: every server process refuses the key within a second. */
final class RevokeApiKeyCliCommand extends DatabaseCommand {
    private final PrintStream out;

    RevokeApiKeyCliCommand(PrintStream out) {
        super("revoke-api-key", "Revokes an API key of any organization");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--id").required(true).help("the key's id (key_…), the part before the dot");
    }

    @Override
    protected void run(Namespace namespace, UseCases useCases) {
        ApiKeyView revoked = useCases.revokeApiKey().revoke(new ApiKeyId(namespace.getString("id")));
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", revoked.id().value());
        line.put("organization_id", revoked.organizationId().value());
        line.put("revoked_at", revoked.revokedAt().orElseThrow().toString());
        out.println(JsonLines.of(line));
        out.flush();
    }
}
