package vn.treem.gateway.problems;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.gateway.support.Backends;
import vn.treem.platform.i18n.Languages;
import vn.treem.platform.i18n.Messages;
import vn.treem.platform.problem.ProblemType;

/** The type URI of every problem document leads to a page about it. */
@QuarkusTest
@WithTestResource(Backends.class)
class ProblemPagesTest {

    @Test
    void everyProblemTypeHasAPageInVietnameseByDefault() {
        for (ProblemType type : ProblemType.values()) {
            String page = given().when().get(type.uri().toString())
                    .then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Content-Language", "vi")
                    .extract().asString();

            assertThat(page).as(type.slug())
                    .contains("<html lang=\"vi\">")
                    .contains("<h1>" + ProblemPages.escape(text(type, "title", "vi")) + "</h1>")
                    .contains("<dd>" + type.status() + "</dd>")
                    .contains(ProblemPages.escape(text(type, "description", "vi")));
        }
    }

    @Test
    void pagesAreInEnglishWhenAskedFor() {
        String page = given().header("Accept-Language", "en-GB,en;q=0.8")
                .when().get("/problems/validation-failed")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .extract().asString();

        assertThat(page).contains("<h1>Invalid data</h1>").contains("<dd>400</dd>")
                .contains("The request is well-formed but one or more fields are invalid.");
    }

    @Test
    void theIndexListsEveryProblemType() {
        String index = given().header("Accept-Language", "en")
                .when().get("/problems")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();

        assertThat(index).contains("Problem types of the Treem API");
        for (ProblemType type : ProblemType.values()) {
            assertThat(index).contains("href=\"/problems/" + type.slug() + "\"");
        }
    }

    @Test
    void anUnknownSlugIsANotFoundProblem() {
        given().header("Accept-Language", "en")
                .when().get("/problems/no-such-problem")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("instance", equalTo("/problems/no-such-problem"));
    }

    @Test
    void markupInTextsIsEscaped() {
        assertThat(ProblemPages.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(ProblemPages.page(ProblemType.PRECONDITION_REQUIRED, Languages.ENGLISH))
                .contains("another person&#39;s change")
                .doesNotContain("person's");
    }

    private static String text(ProblemType type, String part, String language) {
        var locale = Languages.negotiate(language);
        return new java.text.MessageFormat(Messages.find(locale, type.key(part)).orElseThrow(), locale)
                .format(new Object[0]);
    }
}
