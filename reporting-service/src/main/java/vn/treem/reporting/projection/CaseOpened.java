package vn.treem.reporting.projection;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of {@code vn.treem.case.case.opened.v1} data (docs/events/case.case.opened.v1.json) the indicators use.
 * Codes only, like the whole event.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseOpened(String communeCode, OffsetDateTime receivedAt) {

    static final String TYPE = "vn.treem.case.case.opened.v1";
}
