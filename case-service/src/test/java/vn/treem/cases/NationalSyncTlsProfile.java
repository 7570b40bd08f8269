package vn.treem.cases;

import java.util.List;
import java.util.Map;

/** {@link NationalSyncProfile} with the national system on HTTPS, its certificate signed by a CA we configure. */
public class NationalSyncTlsProfile extends NationalSyncProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(NationalChildDbSimulator.class,
                Map.of(NationalChildDbSimulator.TLS, "true")));
    }
}
