package vn.treem.cases.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.smallrye.config.WithDefault;

class WebhookUrlsTest {

    @Test
    void productionAcceptsHttpsOnly() {
        assertThat(WebhookUrls.problem("https://tongdai111.gov.vn/treem/webhooks", false)).isEmpty();
        assertThat(WebhookUrls.problem("http://tongdai111.gov.vn/treem/webhooks", false)).contains("HTTPS_REQUIRED");
    }

    @Test
    void productionConfigurationKeepsHttpOff() throws Exception {
        Properties properties = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        // Only the %local, %dev and %test profiles turn it on; the default is off.
        assertThat(properties.getProperty("treem.hotline.webhooks.allow-http")).isNull();
        assertThat(properties.getProperty("%test.treem.hotline.webhooks.allow-http")).isEqualTo("true");
        assertThat(WebhookConfig.class.getMethod("allowHttp").getAnnotation(WithDefault.class).value())
                .isEqualTo("false");
    }

    @Test
    void developmentAlsoAcceptsHttp() {
        assertThat(WebhookUrls.problem("http://127.0.0.1:9000/hook", true)).isEmpty();
    }

    @Test
    void relativeOddOrCredentialBearingUrlsAreRefused() {
        assertThat(WebhookUrls.problem("/treem/webhooks", true)).contains("INVALID_URL");
        assertThat(WebhookUrls.problem("mailto:tongdai@111.vn", true)).contains("INVALID_URL");
        assertThat(WebhookUrls.problem("https://exa mple.org/", true)).contains("INVALID_URL");
        assertThat(WebhookUrls.problem("https://user:pw@example.org/hook", true))
                .contains("URL_WITH_CREDENTIALS_OR_FRAGMENT");
        assertThat(WebhookUrls.problem("https://example.org/hook#part", true))
                .contains("URL_WITH_CREDENTIALS_OR_FRAGMENT");
    }
}
