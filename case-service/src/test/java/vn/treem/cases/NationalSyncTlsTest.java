package vn.treem.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.cases.NationalSyncFixtures.pushUntil;
import static vn.treem.cases.NationalSyncFixtures.registerChild;
import static vn.treem.cases.NationalSyncFixtures.status;
import static vn.treem.cases.NationalSyncFixtures.uniqueName;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.treem.cases.NationalChildDbSimulator.InjectSimulator;
import vn.treem.cases.national.NationalSyncWorker;

/** The national system over HTTPS with a certificate of a private CA: tokens and pushes go through TLS. */
@QuarkusTest
@TestProfile(NationalSyncTlsProfile.class)
class NationalSyncTlsTest {

    @InjectSimulator
    WireMockServer remote;

    @Inject
    NationalSyncWorker worker;

    @Test
    void aChildIsPushedOverHttpsTrustingTheConfiguredCa() {
        String id = registerChild(uniqueName("Hà"), null);

        var done = pushUntil(worker, id, "CHILD", status("DONE"));

        assertThat(done.getString("remoteOutcome")).isEqualTo("CREATED");
        assertThat(remote.isHttpsEnabled()).isTrue();
        remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
        remote.verify(postRequestedFor(urlPathEqualTo(NationalChildDbSimulator.TOKEN)));
    }
}
