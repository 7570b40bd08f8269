package vn.treem.cases.national;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of the national records of a commune; {@code nextPageToken} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NationalChildPage(List<NationalChildRecord> items, String nextPageToken) {

    public List<NationalChildRecord> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
