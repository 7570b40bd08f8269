package vn.treem.gateway.problems;

import java.util.Locale;

import vn.treem.platform.i18n.Messages;
import vn.treem.platform.problem.ProblemType;

/** Human-readable HTML pages about the problem types, at their {@code type} URIs. Every text is escaped. */
public final class ProblemPages {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.5;color:#1d1d1f}code{background:#f2f2f2;padding:0 .25rem}"
            + "dt{font-weight:600}dd{margin:0 0 .75rem 0}";

    private ProblemPages() {
    }

    /** The page about one problem type. */
    public static String page(ProblemType type, Locale locale) {
        String title = text(locale, type.key("title"));
        return document(locale, title, """
                <h1>%s</h1>
                <dl>
                <dt>%s</dt><dd>%d</dd>
                <dt>%s</dt><dd><code>%s</code></dd>
                </dl>
                <p>%s</p>
                <p><a href="/problems">%s</a></p>
                """.formatted(escape(title), escape(text(locale, "page.problem.status")), type.status(),
                escape(text(locale, "page.problem.type")), escape(type.uri().toString()),
                escape(text(locale, type.key("description"))), escape(text(locale, "page.problems.all"))));
    }

    /** The list of every problem type. */
    public static String index(Locale locale) {
        StringBuilder items = new StringBuilder();
        for (ProblemType type : ProblemType.values()) {
            items.append("<li><a href=\"").append(escape(type.uri().toString())).append("\">")
                    .append(escape(text(locale, type.key("title")))).append("</a> (")
                    .append(type.status()).append(", <code>").append(escape(type.slug())).append("</code>)</li>\n");
        }
        String title = text(locale, "page.problems.title");
        return document(locale, title, """
                <h1>%s</h1>
                <p>%s</p>
                <ul>
                %s</ul>
                """.formatted(escape(title), escape(text(locale, "page.problems.intro")), items));
    }

    private static String document(Locale locale, String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s — Treem</title>
                <style>%s</style>
                </head>
                <body>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(escape(locale.toLanguageTag()), escape(title), STYLE, body);
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
