package vn.treem.cases.registryimport;

import java.nio.file.Path;

/** A received file, checked and waiting to become an import job: where it is, what it is, its hash. */
public record Upload(Path file, String fileName, ImportFormat format, long sizeBytes, String sha256,
        RegistryColumn.Header header) {

    /** What identifies the upload for Idempotency-Key: its name, format and content hash. */
    public String fingerprint() {
        return fileName + " " + format + " " + sha256;
    }
}
