package vn.treem.cases.notes;

/** An attachment's bytes with what a download needs. */
public record AttachmentContent(String fileName, String contentType, byte[] bytes) {
}
