package vn.treem.cases.registryimport;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the child registry's import and export: CSV (UTF-8) and Excel .xlsx. */
public enum ImportFormat {

    CSV("text/csv", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ImportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code xlsx}, any case; empty for anything else. */
    public static Optional<ImportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "xlsx" -> Optional.of(XLSX);
            default -> Optional.empty();
        };
    }
}
