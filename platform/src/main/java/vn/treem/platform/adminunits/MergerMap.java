package vn.treem.platform.adminunits;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lineage of the 1 July 2025 reform: which units of the edition before the reform ({@code BEFORE_REFORM}) formed
 * each unit of the edition after it ({@code AFTER_REFORM}), built from the published merger texts
 * ({@code admin-units/merger-2025.json}, field {@code truocsapnhap}).
 * <p>
 * A new province lists the old provinces that formed it ("tỉnh Thái Bình và tỉnh Hưng Yên", or "giữ nguyên" for an
 * unchanged one). A new commune lists its predecessors by name ("Phường Phúc Xá, Phường Trúc Bạch và một phần Phường
 * Quán Thánh"); each name is matched to an old commune <em>within the old provinces that formed the new province</em>,
 * comparing names without their type prefix (Phường, Xã, Thị trấn), case-, whitespace- and tone-placement-insensitively
 * ("Hoà" = "Hòa"), numbers without leading zeros, then, failing that, without diacritics. Ties are broken by a district
 * hint in parentheses ("Xã Tân Thành (huyện Hàm Yên)"), then by the districts other predecessors of the same new
 * commune lie in, then by the old unit carrying the new commune's code; a name still matching several units stays
 * unresolved. A whole district named as predecessor ("Huyện Côn Đảo") links its communes, or the district itself when
 * it had none.
 * <p>
 * A link is partial when the text marks it ("một phần …", "phần còn lại …"; everything after "một phần" in one text
 * counts as partial) or when the old unit is a predecessor of several new units (it was split). Instances are immutable
 * and thread-safe.
 */
public final class MergerMap {

    /**
     * How well the merger texts resolved to old units.
     *
     * @param predecessorTexts
     *            predecessor mentions parsed from the texts (one per named predecessor; a "giữ nguyên" text counts as
     *            one), provinces and communes together
     * @param resolved
     *            mentions matched to an old unit
     * @param unresolved
     *            mentions matched to no old unit, or to several with no way to choose
     * @param partial
     *            links (distinct old → new pairs) that are partial
     * @param unresolvedSamples
     *            up to {@value #SAMPLES} unresolved mentions, as "newCode newName: mention (reason)"
     */
    public record Stats(int predecessorTexts, int resolved, int unresolved, int partial,
            List<String> unresolvedSamples) {

        /** Share of mentions resolved, 0–1. */
        public double resolutionRate() {
            return predecessorTexts == 0 ? 1.0 : (double) resolved / predecessorTexts;
        }
    }

    static final int SAMPLES = 50;

    private final Map<String, List<Succession>> byNew;
    private final Map<String, List<Succession>> byOld;
    private final Stats stats;

    private MergerMap(Map<String, List<Succession>> byNew, Map<String, List<Succession>> byOld, Stats stats) {
        this.byNew = byNew;
        this.byOld = byOld;
        this.stats = stats;
    }

    /**
     * Builds the map.
     *
     * @param mergers
     *            the merger dataset, {@code [{ma, ten, magoc, truocsapnhap}]}
     * @param before
     *            the units of the edition before the reform (provinces, districts, communes)
     * @param after
     *            the units of the edition after the reform (provinces, communes)
     */
    public static MergerMap build(JsonNode mergers, Collection<AdminUnit> before, Collection<AdminUnit> after) {
        return new Builder(before, after).build(mergers);
    }

    /** The old units that went into {@code newCode} (a new province or commune), in text order; empty if none. */
    public List<Succession> predecessorsOf(String newCode) {
        return byNew.getOrDefault(newCode, List.of());
    }

    /** The new units that {@code oldCode} (an old province, district or commune) went into; empty if none. */
    public List<Succession> successorsOf(String oldCode) {
        return byOld.getOrDefault(oldCode, List.of());
    }

    /**
     * The codes of the old units that formed {@code newCode}, partial ones included: for a new province its old
     * provinces, for a new commune its old communes (or an old district that had no communes).
     */
    public Set<String> oldUnitsFormingNew(String newCode) {
        return predecessorsOf(newCode).stream().map(Succession::oldCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * True when some predecessor of {@code newCommuneCode} went into it only partly (the text says so, or the
     * predecessor was split across several new communes): figures summed over its predecessors overstate it.
     */
    public boolean partlyMerged(String newCommuneCode) {
        return predecessorsOf(newCommuneCode).stream().anyMatch(Succession::partial);
    }

    /** The new codes that have at least one predecessor. */
    public Set<String> newCodes() {
        return byNew.keySet();
    }

    /** The old codes that have at least one successor. */
    public Set<String> oldCodes() {
        return byOld.keySet();
    }

    public Stats stats() {
        return stats;
    }

    // ---------------------------------------------------------------------------------------------------- names

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final List<String> TYPE_PREFIXES = List.of("thị trấn", "thị xã", "thành phố", "thủ đô", "đặc khu",
            "phường", "xã", "huyện", "quận", "tỉnh", "tp").stream().map(MergerMap::key).toList();

    /**
     * A comparison key for a Vietnamese name: lower case, words separated by single spaces, punctuation dropped,
     * numbers without leading zeros, and each syllable's tone mark moved to the syllable's end so that old and new tone
     * placement ("Hoà", "Hòa") compare equal. Vowel marks (â, ă, ơ, ư) and đ are kept.
     */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : NON_WORD.split(decomposed)) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder base = new StringBuilder();
            char tone = 0;
            for (char c : word.toCharArray()) {
                if (TONES.indexOf(c) >= 0) {
                    tone = c;
                } else {
                    base.append(c);
                }
            }
            String syllable = base.toString();
            if (syllable.chars().allMatch(Character::isDigit)) {
                syllable = syllable.replaceFirst("^0+(?=\\d)", "");
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(syllable);
            if (tone != 0) {
                out.append(tone);
            }
        }
        return out.toString();
    }

    /** {@link #key} without any diacritics, the fallback comparison. */
    static String looseKey(String key) {
        return MARKS.matcher(key).replaceAll("").replace('đ', 'd');
    }

    /**
     * {@link #key} of a unit name without its type prefixes ("Phường 1" → "1", "Tỉnh Thái Bình" → "thái bình", the
     * dataset's "Phường Phường Đúc" → "đúc").
     */
    static String bareKey(String name) {
        String key = key(name);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : TYPE_PREFIXES) {
                if (key.startsWith(prefix + " ")) {
                    key = key.substring(prefix.length() + 1);
                    stripped = true;
                    break;
                }
            }
        }
        return key;
    }

    /**
     * The last-resort comparison: {@link #looseKey} without spaces ("A Vương" = "Avương", "P Rao" = "Prao"), with Roman
     * numerals II–IV, VII, VIII as numbers ("Hòa Tú II" = "Hòa Tú 2"), y as i ("Quý" = "Quí") and "Nông trường" as
     * "NT".
     */
    static String compactKey(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : looseKey(key).split(" ")) {
            out.append(ROMAN.getOrDefault(word, word));
        }
        return out.toString().replace('y', 'i').replace("nongtruong", "nt");
    }

    /** Roman numerals that are no Vietnamese syllable ("vi", "x" are). */
    private static final Map<String, String> ROMAN = Map.of("ii", "2", "iii", "3", "iv", "4", "vii", "7", "viii", "8");

    // ---------------------------------------------------------------------------------------------------- parsing

    /** One predecessor named in a merger text. */
    record Mention(String type, String name, String districtHint, boolean partial, String raw) {
    }

    private static final String UNIT_WORDS = "thị trấn|phường|xã|huyện|đặc khu|thôn|xóm|tổ dân phố";
    private static final Pattern UNIT_WORD = Pattern.compile("(?iu)(?<!\\p{L})(" + UNIT_WORDS + ")\\s+(?=\\S)");
    private static final Pattern COMMUNE_WORD_AHEAD = Pattern.compile("(?iu)^(thị trấn|phường|xã)(?!\\p{L})");
    private static final Pattern PROVINCE_WORD = Pattern.compile("(?iu)(?<!\\p{L})(tỉnh|thành phố)\\s+(?=\\S)");
    private static final Pattern DISTRICT_HINT = Pattern
            .compile("(?iu)^\\s*(quận|huyện|thị xã|thành phố|tp\\.?)\\s+(.+)");
    private static final Pattern PARTIAL = Pattern.compile("(?iu)một phần|phần còn l[aạ]i");
    private static final Pattern FILLER = Pattern.compile("(?iu)diện tích|dân số|toàn bộ|sắp xếp|một phần|phần còn");
    private static final Pattern TRAILING_CLAUSE = Pattern.compile("(?iu)\\s+(sau khi|theo quy định)\\s.*$");
    private static final Pattern UNCHANGED = Pattern.compile("(?iu)^\\s*giữ nguyên\\s*$");

    /** A piece of a text between separators, with the parenthesised remarks that followed it. */
    private record Piece(String text, List<String> remarks) {
    }

    /**
     * Splits a text at commas, semicolons, full stops and " và " outside parentheses; a parenthesised remark belongs to
     * the piece it follows. With {@code firstSentence}, stops at the first full stop.
     */
    static List<Piece> pieces(String text, boolean firstSentence) {
        String clean = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder remark = new StringBuilder();
        List<String> remarks = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '(') {
                if (depth++ > 0) {
                    remark.append(c);
                }
            } else if (c == ')' && depth > 0) {
                if (--depth == 0) {
                    remarks.add(remark.toString().trim());
                    remark.setLength(0);
                } else {
                    remark.append(c);
                }
            } else if (depth > 0) {
                remark.append(c);
            } else if (c == ',' || c == ';' || c == '.' || clean.startsWith(" và ", i)) {
                pieces.add(new Piece(current.toString().trim(), List.copyOf(remarks)));
                current.setLength(0);
                remarks.clear();
                if (c == '.' && firstSentence) {
                    return pieces;
                }
                if (c == ' ') {
                    i += 3;
                }
            } else {
                current.append(c);
            }
        }
        pieces.add(new Piece(current.toString().trim(), List.copyOf(remarks)));
        return pieces;
    }

    /** The predecessors a commune's merger text names, in order. */
    static List<Mention> communeMentions(String description) {
        boolean anyUnitWord = UNIT_WORD.matcher(description).find();
        boolean partialFromHere = false;
        List<Mention> mentions = new ArrayList<>();
        for (Piece piece : pieces(description, false)) {
            if (PARTIAL.matcher(piece.text()).find()) {
                partialFromHere = true;
            }
            boolean partial = partialFromHere || piece.remarks().stream().anyMatch(r -> PARTIAL.matcher(r).find());
            String hint = piece.remarks().stream().map(DISTRICT_HINT::matcher).filter(Matcher::matches)
                    .map(m -> m.group(2)).findFirst().orElse(null);
            String text = TRAILING_CLAUSE.matcher(piece.text()).replaceFirst("").trim();
            // the name follows a unit word; a capitalised one ("Xã") wins over a lower-case one ("của xã …")
            Matcher word = UNIT_WORD.matcher(text);
            String type = null;
            String name = null;
            while (word.find()) {
                String rest = text.substring(word.end()).trim();
                if (COMMUNE_WORD_AHEAD.matcher(rest).find()) {
                    continue;
                }
                boolean capitalised = Character.isUpperCase(word.group(1).charAt(0));
                if (name == null || capitalised) {
                    type = word.group(1).toLowerCase(Locale.ROOT);
                    name = rest;
                }
                if (capitalised) {
                    break;
                }
            }
            if (name == null && !text.isEmpty() && !FILLER.matcher(text).find()
                    && (!anyUnitWord || Character.isUpperCase(text.charAt(0)))) {
                name = text;
            }
            if (name != null && !name.isEmpty()) {
                mentions.add(new Mention(type, name, hint, partial, piece.text()));
            }
        }
        return mentions;
    }

    /** The old provinces a new province's merger text names, in order. */
    static List<String> provinceMentions(String text) {
        List<String> names = new ArrayList<>();
        for (Piece piece : pieces(text, true)) {
            Matcher word = PROVINCE_WORD.matcher(piece.text());
            if (word.find()) {
                names.add(piece.text().substring(word.end()).trim());
            } else if (key(piece.text()).equals("tphcm")) {
                names.add("Hồ Chí Minh");
            } else if (!piece.text().isEmpty()) {
                names.add(piece.text());
            }
        }
        return names;
    }

    // ---------------------------------------------------------------------------------------------------- building

    private static final class Builder {

        final Map<String, AdminUnit> old = new HashMap<>();
        final Map<String, AdminUnit> fresh = new HashMap<>();
        final Map<String, List<AdminUnit>> oldChildren = new HashMap<>();
        final Map<String, Map<String, List<AdminUnit>>> oldCommunesByKey = new HashMap<>();
        final Map<String, Map<String, List<AdminUnit>>> oldCommunesByLooseKey = new HashMap<>();
        final Map<String, Map<String, List<AdminUnit>>> oldCommunesByCompactKey = new HashMap<>();
        final Map<String, List<AdminUnit>> oldDistrictsByProvince = new HashMap<>();
        final Map<String, Map<String, Boolean>> links = new LinkedHashMap<>();
        final Map<String, Set<String>> provinceScope = new HashMap<>();
        final List<String> unresolvedSamples = new ArrayList<>();
        int mentions;
        int resolved;

        Builder(Collection<AdminUnit> before, Collection<AdminUnit> after) {
            for (AdminUnit unit : before) {
                old.put(unit.code(), unit);
                oldChildren.computeIfAbsent(unit.parentCode(), p -> new ArrayList<>()).add(unit);
            }
            for (AdminUnit unit : after) {
                fresh.put(unit.code(), unit);
            }
            for (AdminUnit unit : before) {
                if (unit.level() == AdminUnit.Level.DISTRICT) {
                    oldDistrictsByProvince.computeIfAbsent(unit.parentCode(), p -> new ArrayList<>()).add(unit);
                } else if (unit.level() == AdminUnit.Level.COMMUNE) {
                    String province = old.get(unit.parentCode()).parentCode();
                    String bare = bareKey(unit.name());
                    oldCommunesByKey.computeIfAbsent(province, p -> new HashMap<>())
                            .computeIfAbsent(bare, k -> new ArrayList<>()).add(unit);
                    oldCommunesByLooseKey.computeIfAbsent(province, p -> new HashMap<>())
                            .computeIfAbsent(looseKey(bare), k -> new ArrayList<>()).add(unit);
                    oldCommunesByCompactKey.computeIfAbsent(province, p -> new HashMap<>())
                            .computeIfAbsent(compactKey(bare), k -> new ArrayList<>()).add(unit);
                }
            }
        }

        MergerMap build(JsonNode mergers) {
            for (JsonNode record : mergers) {
                if ("0".equals(record.path("magoc").asText())) {
                    province(record);
                }
            }
            for (JsonNode record : mergers) {
                if (!"0".equals(record.path("magoc").asText())) {
                    commune(record);
                }
            }
            Map<String, Set<String>> successors = new HashMap<>();
            links.forEach((newCode, olds) -> olds.keySet()
                    .forEach(o -> successors.computeIfAbsent(o, k -> new HashSet<>()).add(newCode)));
            Map<String, List<Succession>> byNew = new LinkedHashMap<>();
            Map<String, List<Succession>> byOld = new LinkedHashMap<>();
            int partial = 0;
            for (var entry : links.entrySet()) {
                List<Succession> list = new ArrayList<>();
                for (var link : entry.getValue().entrySet()) {
                    boolean split = successors.get(link.getKey()).size() > 1;
                    Succession succession = new Succession(link.getKey(), entry.getKey(), link.getValue() || split);
                    partial += succession.partial() ? 1 : 0;
                    list.add(succession);
                    byOld.computeIfAbsent(link.getKey(), k -> new ArrayList<>()).add(succession);
                }
                byNew.put(entry.getKey(), List.copyOf(list));
            }
            byOld.replaceAll((k, v) -> List.copyOf(v));
            Stats stats = new Stats(mentions, resolved, mentions - resolved, partial, List.copyOf(unresolvedSamples));
            return new MergerMap(Map.copyOf(byNew), Map.copyOf(byOld), stats);
        }

        private void province(JsonNode record) {
            String newCode = record.path("ma").asText();
            String text = record.path("truocsapnhap").asText();
            Set<String> scope = new LinkedHashSet<>();
            if (UNCHANGED.matcher(text).matches()) {
                mentions++;
                if (isOldProvince(newCode)) {
                    resolved++;
                    scope.add(newCode);
                    link(newCode, newCode, false);
                } else {
                    unresolved(record, text, "no old province with this code");
                }
            } else {
                for (String name : provinceMentions(text)) {
                    mentions++;
                    String bare = bareKey(name);
                    List<AdminUnit> found = old.values().stream()
                            .filter(u -> u.level() == AdminUnit.Level.PROVINCE)
                            .filter(u -> bareKey(u.name()).equals(bare)
                                    || looseKey(bareKey(u.name())).equals(looseKey(bare)))
                            .toList();
                    if (found.size() == 1) {
                        resolved++;
                        scope.add(found.get(0).code());
                        link(found.get(0).code(), newCode, false);
                    } else {
                        unresolved(record, name, found.isEmpty() ? "no such province" : "ambiguous");
                    }
                }
            }
            if (scope.isEmpty() && isOldProvince(newCode)) {
                scope.add(newCode);
            }
            provinceScope.put(newCode, scope);
        }

        private boolean isOldProvince(String code) {
            AdminUnit unit = old.get(code);
            return unit != null && unit.level() == AdminUnit.Level.PROVINCE;
        }

        private void commune(JsonNode record) {
            String province = record.path("magoc").asText();
            String newCode = newCommuneCode(record, province);
            String text = record.path("truocsapnhap").asText();
            Set<String> scope = provinceScope.getOrDefault(province, Set.of(province));
            if (UNCHANGED.matcher(text).matches()) {
                mentions++;
                AdminUnit same = old.get(newCode);
                if (same != null && same.level() == AdminUnit.Level.COMMUNE
                        && scope.contains(old.get(same.parentCode()).parentCode())) {
                    resolved++;
                    link(newCode, newCode, false);
                } else {
                    unresolved(record, text, "no old commune with this code");
                }
                return;
            }
            List<Mention> named = communeMentions(text);
            List<List<AdminUnit>> candidates = new ArrayList<>();
            Set<String> peerDistricts = new HashSet<>();
            for (Mention mention : named) {
                List<AdminUnit> found = candidates(mention, scope);
                candidates.add(found);
                if (found.size() == 1 && found.get(0).level() == AdminUnit.Level.COMMUNE) {
                    peerDistricts.add(found.get(0).parentCode());
                }
            }
            for (int i = 0; i < named.size(); i++) {
                Mention mention = named.get(i);
                List<AdminUnit> found = candidates.get(i);
                mentions++;
                if (found.size() > 1) {
                    found = narrow(found, u -> peerDistricts.contains(u.parentCode()));
                }
                if (found.size() > 1) {
                    found = closestToPeers(found, candidates, i);
                }
                if (found.size() > 1) {
                    found = narrow(found, u -> u.code().equals(newCode));
                }
                if (found.size() != 1) {
                    unresolved(record, mention.raw(), found.isEmpty()
                            ? "no such unit in "
                                    + String.join("+", scope)
                            : "ambiguous: " + codes(found));
                    continue;
                }
                resolved++;
                AdminUnit unit = found.get(0);
                List<AdminUnit> communes = unit.level() == AdminUnit.Level.DISTRICT
                        ? oldChildren.getOrDefault(unit.code(), List.of())
                        : List.of(unit);
                if (communes.isEmpty()) {
                    link(unit.code(), newCode, mention.partial());
                }
                communes.forEach(c -> link(c.code(), newCode, mention.partial()));
            }
        }

        /** The code in the new edition: the record's own, or, when the dataset disagrees, the namesake's. */
        private String newCommuneCode(JsonNode record, String province) {
            String code = record.path("ma").asText();
            if (fresh.containsKey(code)) {
                return code;
            }
            String bare = bareKey(record.path("ten").asText());
            return fresh.values().stream()
                    .filter(u -> u.level() == AdminUnit.Level.COMMUNE && province.equals(u.parentCode()))
                    .filter(u -> bareKey(u.name()).equals(bare)).map(AdminUnit::code).findFirst().orElse(code);
        }

        /** The old units a mention may name, narrowed by its type and its district hint. */
        private List<AdminUnit> candidates(Mention mention, Set<String> scope) {
            String bare = bareKey(mention.name());
            if (mention.type() != null && (mention.type().equals("thôn") || mention.type().equals("xóm")
                    || mention.type().equals("tổ dân phố"))) {
                return List.of();
            }
            if (mention.type() != null && (mention.type().equals("huyện") || mention.type().equals("đặc khu"))) {
                return scope.stream().flatMap(p -> oldDistrictsByProvince.getOrDefault(p, List.of()).stream())
                        .filter(d -> compactKey(bareKey(d.name())).equals(compactKey(bare)))
                        .toList();
            }
            List<AdminUnit> found = lookUp(oldCommunesByKey, bare, scope);
            if (found.isEmpty()) {
                found = lookUp(oldCommunesByLooseKey, looseKey(bare), scope);
            }
            if (found.isEmpty()) {
                found = lookUp(oldCommunesByCompactKey, compactKey(bare), scope);
            }
            if (found.size() > 1 && mention.type() != null) {
                String type = key(mention.type());
                found = narrow(found, u -> key(u.name()).startsWith(type + " "));
            }
            if (found.size() > 1 && mention.districtHint() != null) {
                String district = bareKey(mention.districtHint());
                found = narrow(found, u -> bareKey(old.get(u.parentCode()).name()).equals(district)
                        || looseKey(bareKey(old.get(u.parentCode()).name())).equals(looseKey(district)));
            }
            return found;
        }

        private static List<AdminUnit> lookUp(Map<String, Map<String, List<AdminUnit>>> index, String key,
                Set<String> scope) {
            List<AdminUnit> found = new ArrayList<>();
            for (String province : scope) {
                found.addAll(index.getOrDefault(province, Map.of()).getOrDefault(key, List.of()));
            }
            return found;
        }

        /**
         * Of several candidates for mention {@code self}, the one whose district holds candidates of the most other
         * mentions of the same text, if there is a single best; otherwise all of them.
         */
        private static List<AdminUnit> closestToPeers(List<AdminUnit> found, List<List<AdminUnit>> all, int self) {
            Map<AdminUnit, Integer> score = new LinkedHashMap<>();
            for (AdminUnit unit : found) {
                int peers = 0;
                for (int j = 0; j < all.size(); j++) {
                    if (j != self && all.get(j).stream().anyMatch(p -> p.parentCode().equals(unit.parentCode()))) {
                        peers++;
                    }
                }
                score.put(unit, peers);
            }
            int best = score.values().stream().max(Integer::compare).orElse(0);
            List<AdminUnit> top = found.stream().filter(u -> score.get(u) == best).toList();
            return best > 0 && top.size() == 1 ? top : found;
        }

        /** The units passing {@code test}, or all of them when none does. */
        private static List<AdminUnit> narrow(List<AdminUnit> units, Predicate<AdminUnit> test) {
            List<AdminUnit> kept = units.stream().filter(test).toList();
            return kept.isEmpty() ? units : kept;
        }

        private static String codes(List<AdminUnit> units) {
            return units.stream().map(AdminUnit::code).collect(Collectors.joining(","));
        }

        private void link(String oldCode, String newCode, boolean partial) {
            links.computeIfAbsent(newCode, k -> new LinkedHashMap<>()).merge(oldCode, partial, Boolean::logicalOr);
        }

        private void unresolved(JsonNode record, String mention, String reason) {
            if (unresolvedSamples.size() < SAMPLES) {
                unresolvedSamples.add(record.path("ma").asText() + " " + record.path("ten").asText() + ": " + mention
                        + " (" + reason + ")");
            }
        }
    }
}
