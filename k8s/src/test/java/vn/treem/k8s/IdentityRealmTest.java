package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentExportRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm Keycloak imports (k8s/identity/treem-realm.json), read with Keycloak's own representation classes: the
 * roles the services check, the claims they read ("groups", "unit"), the clients, and no secret in git.
 */
class IdentityRealmTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static RealmRepresentation realm;
    private static JsonNode raw;

    @BeforeAll
    static void read() throws Exception {
        Path file = Manifests.k8sDir().resolve("identity/treem-realm.json");
        raw = STRICT.readTree(file.toFile());
        realm = STRICT.readValue(file.toFile(), RealmRepresentation.class);
    }

    /** The role names of the platform (vn.treem.platform.security.Roles), read from its source. */
    static Set<String> platformRoles() throws Exception {
        String source = Files.readString(
                Manifests.repoDir().resolve("platform/src/main/java/vn/treem/platform/security/Roles.java"));
        Matcher m = Pattern.compile("public static final String [A-Z_]+ = \"([A-Z_]+)\";").matcher(source);
        Set<String> roles = new TreeSet<>();
        while (m.find()) {
            roles.add(m.group(1));
        }
        return roles;
    }

    @Test
    void the_realm_holds_exactly_the_roles_the_services_check() throws Exception {
        Set<String> realmRoles = new TreeSet<>();
        for (RoleRepresentation r : realm.getRoles().getRealm()) {
            realmRoles.add(r.getName());
        }
        assertThat(platformRoles()).hasSize(8);
        assertThat(realmRoles).isEqualTo(platformRoles());
    }

    @Test
    void every_client_puts_the_realm_roles_in_groups_and_the_unit_attribute_in_unit() {
        assertThat(realm.getClients()).isNotEmpty();
        for (ClientRepresentation client : realm.getClients()) {
            Map<String, ProtocolMapperRepresentation> mappers = new java.util.HashMap<>();
            client.getProtocolMappers().forEach(m -> mappers.put(m.getConfig().get("claim.name"), m));
            ProtocolMapperRepresentation groups = mappers.get("groups");
            assertThat(groups).as(client.getClientId() + " groups").isNotNull();
            assertThat(groups.getProtocolMapper()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(groups.getConfig()).containsEntry("multivalued", "true")
                    .containsEntry("access.token.claim", "true");
            ProtocolMapperRepresentation unit = mappers.get("unit");
            assertThat(unit).as(client.getClientId() + " unit").isNotNull();
            assertThat(unit.getProtocolMapper()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(unit.getConfig()).containsEntry("user.attribute", "unit")
                    .containsEntry("access.token.claim", "true").containsEntry("multivalued", "false");
            ProtocolMapperRepresentation audience = client.getProtocolMappers().stream()
                    .filter(m -> "oidc-audience-mapper".equals(m.getProtocolMapper())).findFirst().orElse(null);
            assertThat(audience).as(client.getClientId() + " audience").isNotNull();
            assertThat(audience.getConfig()).containsEntry("access.token.claim", "true")
                    .containsEntry("included.custom.audience", ServiceProperties.of("case-service")
                            .raw("mp.jwt.verify.audiences").replaceAll("^\\$\\{TREEM_JWT_AUDIENCE:(.*)}$", "$1"));
        }
    }

    @Test
    void the_web_and_mobile_clients_are_public_with_pkce_and_no_password_grant() {
        for (String id : List.of("treem-web", "treem-mobile")) {
            ClientRepresentation c = client(id);
            assertThat(c.isPublicClient()).isTrue();
            assertThat(c.isStandardFlowEnabled()).isTrue();
            assertThat(c.isDirectAccessGrantsEnabled()).isFalse();
            assertThat(c.isImplicitFlowEnabled()).isFalse();
            assertThat(c.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
            assertThat(c.getRedirectUris()).isNotEmpty().noneMatch(u -> u.equals("*"));
        }
    }

    @Test
    void the_hotline_is_a_confidential_client_whose_service_account_holds_only_the_role_hotline() {
        ClientRepresentation hotline = client("hotline-111");
        assertThat(hotline.isPublicClient()).isFalse();
        assertThat(hotline.isServiceAccountsEnabled()).isTrue();
        assertThat(hotline.isStandardFlowEnabled()).isFalse();
        assertThat(hotline.isFullScopeAllowed()).as("only the roles mapped to its scope reach its tokens").isFalse();
        UserRepresentation account = realm.getUsers().stream()
                .filter(u -> "hotline-111".equals(u.getServiceAccountClientId())).findFirst().orElseThrow();
        assertThat(account.getRealmRoles()).containsExactly("HOTLINE");
        assertThat(account.getAttributes()).containsEntry("unit", List.of("VN"));
        assertThat(realm.getScopeMappings()).anyMatch(
                s -> "hotline-111".equals(s.getClient()) && s.getRoles().equals(Set.of("HOTLINE")));
    }

    @Test
    void no_secret_or_credential_is_in_the_realm_file() {
        assertThat(raw.findValues("secret")).isEmpty();
        assertThat(raw.findValues("credentials")).isEmpty();
        assertThat(raw.findValues("password")).isEmpty();
        assertThat(realm.getUsers()).allMatch(u -> u.getServiceAccountClientId() != null,
                "only service accounts: officers are created by administrators, not imported from git");
    }

    @Test
    void only_administrators_may_change_an_officers_unit() throws Exception {
        ComponentExportRepresentation profile = realm.getComponents()
                .get("org.keycloak.userprofile.UserProfileProvider").get(0);
        JsonNode config = STRICT.readTree(profile.getConfig().getFirst("kc.user.profile.config"));
        JsonNode unit = null;
        for (JsonNode a : config.path("attributes")) {
            if (a.path("name").asText().equals("unit")) {
                unit = a;
            }
        }
        assertThat(unit).as("the user profile declares unit").isNotNull();
        assertThat(unit.at("/permissions/edit").toString()).isEqualTo("[\"admin\"]");
        assertThat(unit.at("/validations/pattern/pattern").asText()).isEqualTo("^(VN|[0-9]{2}|[0-9]{5})$");
        assertThat("00004").matches(unit.at("/validations/pattern/pattern").asText());
        assertThat("001").doesNotMatch(unit.at("/validations/pattern/pattern").asText());
    }

    @Test
    void the_services_verify_tokens_of_this_realm_and_fetch_its_keys_inside_the_cluster() {
        for (String overlay : Manifests.OVERLAYS) {
            var service = Manifests.container(overlay, "case-service");
            var keycloak = Manifests.container(overlay, "keycloak");
            String hostname = Manifests.env(overlay, keycloak, "KC_HOSTNAME").orElseThrow();
            assertThat(Manifests.env(overlay, service, "TREEM_JWT_ISSUER")).as(overlay)
                    .hasValue(hostname + "/realms/" + realm.getRealm());
            assertThat(Manifests.env(overlay, service, "TREEM_JWT_PUBLIC_KEY_LOCATION")).as(overlay)
                    .hasValue("http://keycloak:8080/realms/" + realm.getRealm() + "/protocol/openid-connect/certs");
            assertThat(Manifests.get(overlay, "Ingress", "keycloak").at("/spec/rules/0/host").asText())
                    .isEqualTo(hostname.replace("https://", ""));
            assertThat(ServiceProperties.of("case-service").raw("mp.jwt.verify.issuer"))
                    .isEqualTo("${TREEM_JWT_ISSUER}");
            assertThat(ServiceProperties.of("case-service").raw("mp.jwt.verify.publickey.location"))
                    .isEqualTo("${TREEM_JWT_PUBLIC_KEY_LOCATION}");
        }
    }

    @Test
    void keycloak_imports_the_realm_from_the_rendered_config_map() {
        for (String overlay : Manifests.OVERLAYS) {
            var pod = Manifests.podSpec(Manifests.get(overlay, "Deployment", "keycloak"));
            String configMap = null;
            for (JsonNode v : pod.path("volumes")) {
                if (v.has("configMap")) {
                    configMap = v.at("/configMap/name").asText();
                }
            }
            assertThat(configMap).startsWith("keycloak-realm-");
            assertThat(Manifests.get(overlay, "ConfigMap", configMap).at("/data/treem-realm.json").asText())
                    .contains("\"realm\": \"treem\"");
            assertThat(pod.at("/containers/0/args").toString()).contains("--import-realm");
        }
    }

    private static ClientRepresentation client(String id) {
        return realm.getClients().stream().filter(c -> id.equals(c.getClientId())).findFirst().orElseThrow();
    }
}
