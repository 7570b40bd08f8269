package vn.treem.gateway.devtokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.treem.platform.security.Roles;

class DevTokenIssuerTest {

    @Test
    void aCompleteRequestIsValid() {
        assertThat(DevTokenIssuer.validate(new DevTokenRequest("can-bo", List.of("CASE_WORKER"), "00004"))).isEmpty();
        assertThat(DevTokenIssuer.validate(new DevTokenRequest("x", Roles.ALL, "VN"))).isEmpty();
    }

    @Test
    void unitsAreTheNationOrProvinceDistrictOrCommuneCodes() {
        for (String unit : List.of("VN", "01", "001", "00004", "79")) {
            assertThat(codes(new DevTokenRequest("x", List.of("ANALYST"), unit))).as(unit).isEmpty();
        }
        for (String unit : List.of("4", "0004", "000004", "vn", "HN", "01a", " 01")) {
            assertThat(codes(new DevTokenRequest("x", List.of("ANALYST"), unit))).as(unit)
                    .containsExactly("unit:INVALID_FORMAT");
        }
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(codes(new DevTokenRequest(" ", null, null)))
                .containsExactly("sub:REQUIRED", "groups:REQUIRED", "unit:REQUIRED");
        assertThat(codes(new DevTokenRequest("a".repeat(101), List.of("ROOT", "ADMIN", "admin"), "01")))
                .containsExactly("sub:TOO_LONG", "groups[0]:UNKNOWN_VALUE", "groups[2]:UNKNOWN_VALUE");
        assertThat(codes(new DevTokenRequest("a".repeat(100), List.of(), "01"))).containsExactly("groups:EMPTY");
    }

    @Test
    void noBodyIsReported() {
        assertThat(codes(null)).containsExactly("body:REQUIRED");
    }

    private static List<String> codes(DevTokenRequest request) {
        return DevTokenIssuer.validate(request).stream().map(v -> v.field() + ":" + v.code()).toList();
    }

}
