package vn.treem.k8s;

import java.util.ArrayList;
import java.util.List;

/** The image rule: a tag or a digest, never {@code latest}; in production no snapshot tag. */
final class Images {

    private Images() {
    }

    static List<String> problems(String image, boolean production) {
        List<String> problems = new ArrayList<>();
        if (image.isBlank()) {
            problems.add("no image");
            return problems;
        }
        if (image.contains("@sha256:")) {
            return problems;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        String tag = colon > slash ? image.substring(colon + 1) : "";
        if (tag.isEmpty()) {
            problems.add(image + " has no tag (means latest)");
        } else if (tag.equals("latest")) {
            problems.add(image + " uses the tag latest");
        } else if (production && tag.toUpperCase().contains("SNAPSHOT")) {
            problems.add(image + " uses a snapshot tag in production");
        }
        return problems;
    }
}
