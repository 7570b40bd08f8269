package vn.treem.reporting.exports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of PDF exports and charts, bundled with the service so that Vietnamese renders the same on every machine:
 * DejaVu Sans regular and bold ({@code src/main/resources/fonts/}, Bitstream Vera licence with DejaVu changes in the
 * public domain; see {@code fonts/DejaVu-LICENSE.txt}).
 */
final class ExportFonts {

    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    static {
        // No display on a server: Java 2D must not look for one (set before any AWT class loads a font).
        System.setProperty("java.awt.headless", "true");
    }

    private static final Font AWT_REGULAR = load(REGULAR);
    private static final Font AWT_BOLD = load(BOLD);

    private ExportFonts() {
    }

    /** The bundled font file, for PDFBox to embed. */
    static InputStream open(String resource) {
        InputStream in = ExportFonts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled font missing: " + resource);
        }
        return in;
    }

    /** The bundled font for Java 2D (charts), at {@code size} points. */
    static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable: " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font invalid: " + resource, e);
        }
    }
}
