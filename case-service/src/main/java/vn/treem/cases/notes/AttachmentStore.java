package vn.treem.cases.notes;

/**
 * Where attachment bytes are kept: a port, so that object storage (S3-compatible, with server-side encryption) can
 * replace the database implementation without touching the rest of case-service.
 */
public interface AttachmentStore {

    /** Stores {@code content} under {@code key}, in the caller's transaction where the store supports it. */
    void put(String key, byte[] content);

    /** The bytes stored under {@code key}. */
    byte[] get(String key);
}
