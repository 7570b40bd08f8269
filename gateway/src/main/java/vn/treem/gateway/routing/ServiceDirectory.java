package vn.treem.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.treem.gateway.GatewayConfig;

/**
 * Which service owns a path. A prefix owns the exact path and everything below it ({@code /api/v1/indicators} owns
 * {@code /api/v1/indicators/7} but not {@code /api/v1/indicator-values}); the longest matching prefix wins.
 */
public final class ServiceDirectory {

    private record Entry(String prefix, Backend backend) {
    }

    /**
     * The service owning a path, and the prefix by which it does.
     *
     * @param prefix
     *            the matched prefix, e.g. {@code /api/v1/cases}
     * @param backend
     *            the owning service
     */
    public record Match(String prefix, Backend backend) {

        /** A template for the path, for metrics: {@code /api/v1/cases/{path}} instead of one value per case id. */
        public String template(String path) {
            return path.equals(prefix) ? prefix : prefix + "/{path}";
        }
    }

    private final List<Entry> entries;
    private final List<Backend> backends;

    private ServiceDirectory(List<Entry> entries, List<Backend> backends) {
        this.entries = entries;
        this.backends = backends;
    }

    public static ServiceDirectory of(Map<String, GatewayConfig.Service> services) {
        List<Entry> entries = new ArrayList<>();
        List<Backend> backends = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        services.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(service -> {
            Backend backend = new Backend(service.getKey(), service.getValue().url());
            if (backend.host() == null) {
                throw new IllegalArgumentException(
                        "treem.gateway.services." + service.getKey() + ".url needs a host: " + backend.url());
            }
            backends.add(backend);
            for (String raw : service.getValue().prefixes()) {
                String prefix = normalize(raw);
                String previous = owners.putIfAbsent(prefix, service.getKey());
                if (previous != null) {
                    throw new IllegalArgumentException("prefix " + prefix + " is claimed by both " + previous
                            + " and " + service.getKey());
                }
                entries.add(new Entry(prefix, backend));
            }
        });
        entries.sort(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed());
        return new ServiceDirectory(List.copyOf(entries), List.copyOf(backends));
    }

    /** The service owning {@code path}, if any. */
    public Optional<Match> resolve(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            if (path.equals(entry.prefix()) || path.startsWith(entry.prefix() + "/")) {
                return Optional.of(new Match(entry.prefix(), entry.backend()));
            }
        }
        return Optional.empty();
    }

    /** Every configured service, ordered by name. */
    public List<Backend> backends() {
        return backends;
    }

    private static String normalize(String prefix) {
        String trimmed = prefix.trim();
        if (!trimmed.startsWith("/")) {
            throw new IllegalArgumentException("a gateway prefix must start with /: " + prefix);
        }
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
