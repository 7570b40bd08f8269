package vn.treem.cases.hotline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.cases.casework.CaseStatus;
import vn.treem.platform.i18n.Languages;
import vn.treem.platform.i18n.Messages;

@Schema(name = "HotlineStatusLabel", description = "The label of a case status in Vietnamese and English")
public record StatusLabel(@Schema(example = "Đã tiếp nhận") String vi, @Schema(example = "Received") String en) {

    public static StatusLabel of(CaseStatus status) {
        String key = "label.CaseStatus." + status.name();
        return new StatusLabel(Messages.text(Languages.VIETNAMESE, key), Messages.text(Languages.ENGLISH, key));
    }
}
