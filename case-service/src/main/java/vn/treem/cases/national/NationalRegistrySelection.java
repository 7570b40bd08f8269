package vn.treem.cases.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the adapter of the {@link NationalChildRegistry} port: {@code treem.national.adapter=http} talks to the
 * national system, {@code disabled} (the default) sends nothing. Another adapter (a file exchange, a new national API)
 * is one more case here.
 */
@ApplicationScoped
public class NationalRegistrySelection {

    public static final String HTTP = "http";
    public static final String DISABLED = "disabled";

    @ConfigProperty(name = "treem.national.adapter", defaultValue = DISABLED)
    String adapter;

    @Produces
    @ApplicationScoped
    NationalChildRegistry registry(Instance<HttpNationalChildRegistry> http) {
        return switch (adapter) {
            case HTTP -> http.get();
            case DISABLED -> new DisabledNationalChildRegistry();
            default -> throw new IllegalStateException(
                    "treem.national.adapter must be http or disabled, not " + adapter);
        };
    }
}
