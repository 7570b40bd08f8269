package vn.treem.platform.testing.fuzz;

/** What the fuzzer did to a baseline request built from the OpenAPI schema. */
public enum MutationKind {
    /** A property of the wrong JSON type (object for a string, text for a number, ...). */
    BODY_WRONG_TYPE,
    /** A required property left out. */
    BODY_MISSING_REQUIRED,
    /** A 1 MB string, far beyond any maxLength. */
    BODY_HUGE_STRING,
    /** 10,000 nested arrays. */
    BODY_DEEP_NESTING,
    /** Bytes that are not UTF-8 inside a JSON string. */
    BODY_INVALID_UTF8,
    /** Truncated JSON, single quotes, trailing commas, comments. */
    BODY_MALFORMED_JSON,
    /** SQL, JSON, template and path injection strings in id, enum, date and code fields. */
    BODY_INJECTION,
    /** Dates that do not exist or are out of range (2026-02-30, year 0, year 99999). */
    BODY_BAD_DATE,
    /** A value outside the enumeration. */
    BODY_UNKNOWN_ENUM,
    /** Negative, huge, fractional numbers and numbers beyond minimum/maximum. */
    BODY_BAD_NUMBER,
    /** A JSON array, string, number or null where an object is expected. */
    BODY_NOT_AN_OBJECT,
    /** No body at all. */
    BODY_EMPTY,
    /** A body of another media type than the operation accepts. */
    CONTENT_TYPE_WRONG,
    /** A path parameter that is not an id (injection, traversal, 2,000 characters, a broken UUID). */
    PATH_NOT_AN_ID,
    /** Percent-encoded bytes that are not UTF-8 in a path parameter. */
    PATH_INVALID_UTF8,
    /** A query parameter of the wrong type. */
    QUERY_WRONG_TYPE,
    /** Injection strings in a query parameter. */
    QUERY_INJECTION,
    /** Out-of-range or non-existent dates in a query parameter. */
    QUERY_BAD_DATE,
    /** An unknown enumeration value in a query parameter. */
    QUERY_UNKNOWN_ENUM,
    /** A 4,000-character query parameter. */
    QUERY_HUGE,
    /** Percent-encoded bytes that are not UTF-8 in a query parameter. */
    QUERY_INVALID_UTF8,
    /** Garbage in If-Match or Idempotency-Key. */
    HEADER_GARBAGE,
    /** No bearer token. */
    AUTH_MISSING,
    /** A bearer token that is not a valid JWT, or another scheme. */
    AUTH_GARBAGE
}
