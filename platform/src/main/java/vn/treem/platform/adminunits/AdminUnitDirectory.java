package vn.treem.platform.adminunits;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * The administrative hierarchy in memory, per edition: which unit a code names on a date, and which units lie within
 * another. Loaded from the service's {@code admin_unit} table at start-up. Dates are in the business time zone.
 */
@ApplicationScoped
public class AdminUnitDirectory {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AdminUnitLoader loader;

    private volatile Map<String, Hierarchy> editions = Map.of();
    private volatile AdminUnit country;
    private volatile MergerMap mergers;

    void onStart(@Observes @Priority(10) StartupEvent startup) {
        loader.ensureLoaded();
        reload();
        mergers = loader.mergers();
    }

    /**
     * The lineage of the 1 July 2025 reform: which old units formed each new province and commune, with partial links
     * flagged. Built once from the bundled datasets (see {@code docs/hierarchy.md}).
     */
    public MergerMap mergers() {
        MergerMap loaded = mergers;
        if (loaded == null) {
            synchronized (this) {
                if (mergers == null) {
                    mergers = loader.mergers();
                }
                loaded = mergers;
            }
        }
        return loaded;
    }

    public void reload() {
        Map<String, List<AdminUnit>> byEdition = new HashMap<>();
        AdminUnit root = null;
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "select code, name, level, parent_code, edition, valid_from, valid_to from admin_unit");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                var validTo = rows.getDate(7);
                AdminUnit unit = new AdminUnit(rows.getString(1), rows.getString(2),
                        AdminUnit.Level.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                        rows.getDate(6).toLocalDate(), validTo == null ? null : validTo.toLocalDate());
                if (unit.level() == AdminUnit.Level.COUNTRY) {
                    root = unit;
                } else {
                    byEdition.computeIfAbsent(unit.edition(), e -> new ArrayList<>()).add(unit);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("administrative units could not be read", e);
        }
        Map<String, Hierarchy> loaded = new HashMap<>();
        byEdition.forEach((edition, units) -> loaded.put(edition, new Hierarchy(units)));
        this.editions = Map.copyOf(loaded);
        this.country = root;
    }

    public static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    /** The unit that {@code code} names on {@code date}, if any. */
    public Optional<AdminUnit> find(String code, LocalDate date) {
        if (code == null) {
            return Optional.empty();
        }
        if (AdminUnit.COUNTRY_CODE.equals(code)) {
            return Optional.ofNullable(country);
        }
        return hierarchyOn(date).flatMap(h -> Optional.ofNullable(h.units.get(code)));
    }

    public Optional<AdminUnit> current(String code) {
        return find(code, today());
    }

    /** True when {@code code} named a unit in some edition, even if it names none today (a retired code). */
    public boolean everExisted(String code) {
        return AdminUnit.COUNTRY_CODE.equals(code)
                || editions.values().stream().anyMatch(h -> h.units.containsKey(code));
    }

    /** True when {@code code} is {@code ancestor} or lies below it, in the hierarchy valid on {@code date}. */
    public boolean isWithin(String code, String ancestor, LocalDate date) {
        Optional<AdminUnit> unit = find(code, date);
        if (unit.isEmpty() || ancestor == null) {
            return false;
        }
        if (AdminUnit.COUNTRY_CODE.equals(ancestor)) {
            return true;
        }
        Hierarchy hierarchy = hierarchyOn(date).orElseThrow();
        String cursor = code;
        for (int depth = 0; cursor != null && depth < 5; depth++) {
            if (cursor.equals(ancestor)) {
                return true;
            }
            AdminUnit current = hierarchy.units.get(cursor);
            cursor = current == null ? null : current.parentCode();
        }
        return false;
    }

    /** {@code code} and every unit below it, in the hierarchy valid on {@code date}; empty if it names no unit. */
    public Set<String> subtree(String code, LocalDate date) {
        Optional<Hierarchy> hierarchy = hierarchyOn(date);
        if (hierarchy.isEmpty() || find(code, date).isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(code));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            if (out.add(next)) {
                pending.addAll(hierarchy.get().children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    public Collection<AdminUnit> units(LocalDate date) {
        return hierarchyOn(date).map(h -> h.units.values()).orElse(List.of());
    }

    private Optional<Hierarchy> hierarchyOn(LocalDate date) {
        return editions.values().stream().filter(h -> h.validOn(date)).findFirst();
    }

    private static final class Hierarchy {

        final Map<String, AdminUnit> units = new HashMap<>();
        final Map<String, List<String>> children = new HashMap<>();
        final LocalDate validFrom;
        final LocalDate validTo;

        Hierarchy(List<AdminUnit> all) {
            for (AdminUnit unit : all) {
                units.put(unit.code(), unit);
                children.computeIfAbsent(unit.parentCode(), p -> new ArrayList<>()).add(unit.code());
            }
            AdminUnit any = all.get(0);
            validFrom = any.validFrom();
            validTo = any.validTo();
        }

        boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }
}
