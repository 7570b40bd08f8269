package vn.treem.reporting.exports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an export job stands: QUEUED → RUNNING → DONE or FAILED. */
@Schema(name = "ExportJobStatus")
public enum ExportJobStatus {
    QUEUED, RUNNING, DONE, FAILED
}
