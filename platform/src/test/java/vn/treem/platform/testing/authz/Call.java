package vn.treem.platform.testing.authz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * How to call one operation in the matrix: path and query parameters, a plausible valid body, and where to get the
 * current ETag for {@code If-Match} (read with a caller allowed to read it).
 */
public final class Call {

    final Map<String, Object> pathParams = new LinkedHashMap<>();
    final Map<String, Object> queryParams = new LinkedHashMap<>();
    UnaryOperator<RequestSpecification> body = UnaryOperator.identity();
    Supplier<String> ifMatch;

    private Call() {
    }

    public static Call of() {
        return new Call();
    }

    public Call path(String name, Object value) {
        pathParams.put(name, value);
        return this;
    }

    public Call query(String name, Object value) {
        queryParams.put(name, value);
        return this;
    }

    /** A JSON body (a map, a list or a serialisable object). */
    public Call json(Object json) {
        body = request -> request.contentType(ContentType.JSON).body(json);
        return this;
    }

    /** Any other body, e.g. a multipart upload. */
    public Call body(UnaryOperator<RequestSpecification> customiser) {
        body = customiser;
        return this;
    }

    /** The resource's current ETag, fetched right before the request (writes change it). */
    public Call ifMatch(Supplier<String> etag) {
        ifMatch = etag;
        return this;
    }
}
