package vn.treem.plans.importing;

import java.util.List;

/**
 * A task (nhiệm vụ, giải pháp) as numbered in the document.
 *
 * @param code
 *            section and item number, e.g. "II.3"
 * @param title
 *            the item's heading, or its first sentence when the item is a single paragraph
 * @param text
 *            the full text
 * @param themes
 *            theme tags from a keyword table (names of {@code vn.treem.plans.content.Theme})
 */
public record ExtractedTask(String code, String title, String text, List<String> themes) {
}
