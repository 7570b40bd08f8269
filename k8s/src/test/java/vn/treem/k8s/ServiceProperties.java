package vn.treem.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service's application.properties, read from its module: the manifests are checked against it. */
final class ServiceProperties {

    private final Properties properties = new Properties();

    private ServiceProperties(String service) {
        try (Reader r = Files.newBufferedReader(
                Manifests.repoDir().resolve(service).resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceProperties of(String service) {
        return new ServiceProperties(service);
    }

    String raw(String key) {
        return properties.getProperty(key);
    }

    /** The production value with the expressions resolved as in production: suffixes empty, defaults used. */
    String resolved(String key) {
        String value = raw(key);
        if (value == null) {
            return null;
        }
        // ${treem.topic-suffix:} is empty outside tests; ${X:default} gives the default; innermost first.
        Pattern expression = Pattern.compile("\\$\\{([^:}$]+)(?::([^}$]*))?}");
        for (int round = 0; round < 10 && value.contains("${"); round++) {
            Matcher m = expression.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String inner = raw(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(
                        inner != null && !inner.contains("${") ? inner : m.group(2) != null ? m.group(2) : ""));
            }
            m.appendTail(out);
            value = out.toString();
        }
        return value;
    }

    /** Topics the service publishes to: its outbox topic and its dead-letter topics. */
    Set<String> producedTopics() {
        Set<String> topics = new LinkedHashSet<>();
        if (raw("treem.events.topic") != null) {
            topics.add(resolved("treem.events.topic"));
        }
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%") && key.endsWith(".dead-letter-queue.topic")) {
                topics.add(resolved(key));
            }
        }
        return topics;
    }

    /** Topics the service consumes (SmallRye incoming channels) and the consumer group ids. */
    Set<String> consumedTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(resolved(key));
            }
        }
        return topics;
    }

    Set<String> consumerGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                groups.add(resolved(key));
            }
        }
        return groups;
    }

    /** The database name at the end of the default JDBC URL. */
    String databaseName() {
        String url = resolved("quarkus.datasource.jdbc.url");
        return url == null ? null : url.substring(url.lastIndexOf('/') + 1);
    }
}
