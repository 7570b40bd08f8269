package vn.treem.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the subject, roles and administrative unit of the validated bearer token. */
@RequestScoped
public class Caller {

    public static final String UNIT_CLAIM = "unit";

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    public Set<String> roles() {
        return token.getGroups() == null ? Set.of() : token.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The code of the administrative unit the caller serves; {@code VN} for national users. */
    public String unit() {
        Object unit = token.getClaim(UNIT_CLAIM);
        return unit == null ? null : unit.toString().replace("\"", "");
    }
}
