package vn.treem.gateway.devtokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtException;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Roles;

/**
 * Issues development tokens signed with the key at {@code smallrye.jwt.sign.key.location}, with the claims the services
 * read: {@code sub}, {@code groups}, {@code unit}. Never logs tokens or subjects.
 */
@ApplicationScoped
public class DevTokenIssuer {

    private static final Logger LOG = Logger.getLogger(DevTokenIssuer.class);

    static final Pattern UNIT = Pattern.compile("VN|\\d{2}|\\d{3}|\\d{5}");
    static final String UNIT_FORMAT = "VN | NN | NNN | NNNNN";
    static final int MAX_SUBJECT = 100;

    @Inject
    DevTokensConfig config;

    public DevToken issue(DevTokenRequest request) {
        if (!config.enabled()) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        List<FieldViolation> violations = validate(request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Instant now = Instant.now();
        long lifetime = config.lifetime().toSeconds();
        try {
            String token = Jwt.issuer(config.issuer())
                    .audience(config.audience())
                    .subject(request.sub())
                    .groups(new LinkedHashSet<>(request.groups()))
                    .claim(Caller.UNIT_CLAIM, request.unit())
                    .issuedAt(now)
                    .expiresAt(now.plusSeconds(lifetime))
                    .sign();
            LOG.debugf("issued a development token with roles %s for unit %s", request.groups(), request.unit());
            return new DevToken(token, "Bearer", lifetime);
        } catch (JwtException unsigned) {
            LOG.error("a development token could not be signed: is smallrye.jwt.sign.key.location set to a readable"
                    + " PEM private key?");
            throw unsigned;
        }
    }

    /** What is wrong with a request, field by field; empty when it is valid. */
    public static List<FieldViolation> validate(DevTokenRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null) {
            violations.add(new FieldViolation("body", "REQUIRED"));
            return violations;
        }
        if (request.sub() == null || request.sub().isBlank()) {
            violations.add(new FieldViolation("sub", "REQUIRED"));
        } else if (request.sub().length() > MAX_SUBJECT) {
            violations.add(new FieldViolation("sub", "TOO_LONG", MAX_SUBJECT));
        }
        if (request.groups() == null) {
            violations.add(new FieldViolation("groups", "REQUIRED"));
        } else if (request.groups().isEmpty()) {
            violations.add(new FieldViolation("groups", "EMPTY"));
        } else {
            for (int i = 0; i < request.groups().size(); i++) {
                if (!Roles.ALL.contains(request.groups().get(i))) {
                    violations.add(new FieldViolation("groups[" + i + "]", "UNKNOWN_VALUE",
                            String.join(", ", Roles.ALL)));
                }
            }
        }
        if (request.unit() == null || request.unit().isBlank()) {
            violations.add(new FieldViolation("unit", "REQUIRED"));
        } else if (!UNIT.matcher(request.unit()).matches()) {
            violations.add(new FieldViolation("unit", "INVALID_FORMAT", UNIT_FORMAT));
        }
        return violations;
    }
}
