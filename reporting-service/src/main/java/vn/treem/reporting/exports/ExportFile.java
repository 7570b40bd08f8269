package vn.treem.reporting.exports;

/** A produced export: its download name, media type and bytes. */
public record ExportFile(String fileName, String mediaType, byte[] content) {
}
