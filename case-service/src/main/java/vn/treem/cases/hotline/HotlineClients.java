package vn.treem.cases.hotline;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Roles;

/**
 * Whose webhooks and deliveries a caller sees. A HOTLINE client sees its own (its token subject); an ADMIN serving the
 * whole country sees every client's; an ADMIN of a province or commune nothing (403 outside-jurisdiction): the hotline
 * is national.
 */
@ApplicationScoped
public class HotlineClients {

    @Inject
    Caller caller;

    /** The client whose records the caller sees, or empty for all clients (national administrators). */
    public Optional<String> visibleClient() {
        if (caller.hasRole(Roles.HOTLINE)) {
            return Optional.of(caller.subject());
        }
        if (caller.hasRole(Roles.ADMIN)) {
            if (!AdminUnit.COUNTRY_CODE.equals(caller.unit())) {
                throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                        ProblemType.OUTSIDE_JURISDICTION.key("detail"), AdminUnit.COUNTRY_CODE);
            }
            return Optional.empty();
        }
        throw ProblemException.of(ProblemType.FORBIDDEN);
    }

    /** The HOTLINE client calling; 403 for any other role. */
    public String self() {
        if (!caller.hasRole(Roles.HOTLINE)) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
        return caller.subject();
    }

    public boolean sees(String client) {
        return visibleClient().map(client::equals).orElse(true);
    }
}
