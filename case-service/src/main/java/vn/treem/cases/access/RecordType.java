package vn.treem.cases.access;

/** The kinds of record whose every read and write is written to the access log. */
public enum RecordType {
    CHILD, CASE
}
