package vn.treem.reporting.reports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a task assigned by the plan has got, as the reporter states it. */
@Schema(name = "TaskProgressStatus")
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
