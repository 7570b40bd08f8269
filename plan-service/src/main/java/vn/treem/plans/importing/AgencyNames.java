package vn.treem.plans.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises agency names in running text ("Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các huyện, thị xã,
 * thành phố", "Công an tỉnh") and lists of them. A name starts with an organisation head word (Sở, Phòng, Ủy ban nhân
 * dân, Công an …) and continues over capitalised words, the lower-case syllable that completes a capitalised word ("Lao
 * động"), administrative levels (tỉnh, huyện, xã …) and place names. Collective phrases ("các sở, ban, ngành có liên
 * quan") are recognised as generic. Stateless.
 */
final class AgencyNames {

    /** One recognised name, with its end offset in the text. */
    record Name(String text, boolean generic, int start, int end) {
    }

    /** Heads that need a capitalised word or an administrative level after them ("Sở Y tế", "Thanh tra tỉnh"). */
    private static final List<String> OPEN_HEADS = List.of("Ủy ban", "Ban Quản lý", "Chi cục", "Tổng cục", "Liên đoàn",
            "Trung tâm", "Văn phòng", "Công chức", "Trạm", "Trường", "Thanh tra", "Ngân hàng", "Kho bạc", "Bệnh viện",
            "Tòa án", "Tạp chí", "Sở",
            "Phòng", "Ban", "Bộ", "Cục", "Hội", "Đoàn", "Đài", "Báo", "Viện", "Quỹ");
    /** Heads that are complete names on their own. */
    private static final List<String> CLOSED_HEADS = List.of("Ủy ban nhân dân", "UBND", "Công an", "Tòa án nhân dân",
            "Viện kiểm sát nhân dân", "Bảo hiểm xã hội", "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy",
            "Đảng ủy", "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn", "Hội đồng nhân dân", "HĐND", "Ủy ban MTTQ",
            "Bộ đội Biên phòng", "Bộ Chỉ huy", "Ban Chỉ huy", "Ban Chỉ đạo", "Ban Điều hành", "Mặt trận Tổ quốc",
            "Nhóm thường trực", "Cơ quan thường trực");
    private static final List<String> LEVELS = List.of("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "xã",
            "phường", "quận", "đặc khu", "thôn", "bản", "ấp", "khóm", "tổ dân phố");
    private static final List<String> NAME_LOWER = List.of("nhân dân", "các", "cấp", "nông thôn", "trung ương",
            "nhà nước");
    private static final Set<String> GENERIC_WORDS = Set.of("các", "sở", "ban", "ngành", "cơ", "quan", "đơn", "vị",
            "tổ", "chức", "đoàn", "thể", "địa", "phương", "có", "liên", "tỉnh", "huyện", "xã", "cấp", "năng", "thành",
            "viên", "hội", "phòng", "chuyên", "môn", "trực", "thuộc", "doanh", "nghiệp", "cá", "nhân", "lực", "lượng",
            "chính", "trị", "phố", "thị", "trấn", "trường", "học", "nhà", "nước", "trung", "ương", "giáo", "dục", "y",
            "tế", "khác", "đảng", "ủy", "mặt", "trận", "quốc");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-&/.'][\\p{L}\\p{N}]+)*|\\S");

    private AgencyNames() {
    }

    /** Tokens of a text with their offsets. */
    private record Tok(String text, int start, int end) {

        boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean capital() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    private static List<Tok> tokens(String s, int from) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        m.region(from, s.length());
        while (m.find()) {
            out.add(new Tok(m.group(), m.start(), m.end()));
        }
        return out;
    }

    /**
     * Parses a list of agency names starting at {@code from} ("A, B và các cơ quan liên quan").
     *
     * @param s
     *            text
     * @param from
     *            offset where the list starts (spaces allowed)
     * @return the names, possibly empty
     */
    static List<Name> list(String s, int from) {
        List<Tok> t = tokens(s, from);
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int end = nameEnd(t, i);
            if (end <= i) {
                break;
            }
            boolean generic = !startsWithHead(t, i);
            String text = VietnameseText.clean(s.substring(t.get(i).start(), t.get(end - 1).end()));
            if (text != null) {
                names.add(new Name(text, generic, t.get(i).start(), t.get(end - 1).end()));
            }
            i = end;
            int next = separatorEnd(t, i);
            if (next < 0) {
                break;
            }
            i = next;
        }
        return names;
    }

    /** A single name starting exactly at {@code from}, or {@code null}. */
    static Name at(String s, int from) {
        List<Tok> t = tokens(s, from);
        if (t.isEmpty() || !startsWithHead(t, 0)) {
            return null;
        }
        int end = nameEnd(t, 0);
        return new Name(VietnameseText.clean(s.substring(t.get(0).start(), t.get(end - 1).end())), false,
                t.get(0).start(), t.get(end - 1).end());
    }

    /** Whether the text starts with an agency head word (after spaces). */
    static boolean startsWithAgency(String s) {
        List<Tok> t = tokens(s, 0);
        return !t.isEmpty() && startsWithHead(t, 0);
    }

    /** Normalised key for comparing names: lower case, "Ủy ban nhân dân" → "ubnd", no "các", no punctuation. */
    static String key(String name) {
        String k = VietnameseText.normalize(name).toLowerCase(Locale.ROOT);
        k = k.replace("ủy ban nhân dân", "ubnd").replace("mặt trận tổ quốc việt nam", "mttq")
                .replace("mặt trận tổ quốc", "mttq").replace("ủy ban mttq", "mttq");
        k = k.replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("\\bcác\\b", " ").replaceAll("\\bcó liên quan\\b", " ");
        return k.replaceAll("\\s+", " ").strip();
    }

    private static int separatorEnd(List<Tok> t, int i) {
        int j = i;
        if (j < t.size() && t.get(j).text().equals(",")) {
            j++;
        }
        if (j < t.size() && (t.get(j).text().equals("và") || t.get(j).text().equals("cùng"))) {
            j++;
        }
        if (j == i || j >= t.size()) {
            return -1;
        }
        return startsName(t, j) ? j : -1;
    }

    private static boolean startsName(List<Tok> t, int i) {
        return startsWithHead(t, i) || startsGeneric(t, i);
    }

    private static boolean startsGeneric(List<Tok> t, int i) {
        String w = t.get(i).text();
        return w.equals("Các") || w.equals("các") && i + 1 < t.size() && GENERIC_WORDS.contains(t.get(i + 1).text())
                || (w.equals("cơ") || w.equals("đơn")) && i + 1 < t.size()
                        && (t.get(i + 1).text().equals("quan") || t.get(i + 1).text().equals("vị"));
    }

    static boolean startsWithHead(List<Tok> t, int i) {
        return headLength(t, i) > 0;
    }

    /** Number of tokens of the head at i, or 0. */
    private static int headLength(List<Tok> t, int i) {
        int best = 0;
        for (String head : CLOSED_HEADS) {
            int n = matchWords(t, i, head);
            if (n > best) {
                best = n;
            }
        }
        for (String head : OPEN_HEADS) {
            int n = matchWords(t, i, head);
            if (n > best && i + n < t.size()) {
                Tok next = t.get(i + n);
                if (next.word() && (next.capital() || levelLength(t, i + n) > 0)) {
                    best = n;
                }
            }
        }
        return best;
    }

    private static int matchWords(List<Tok> t, int i, String phrase) {
        String[] words = phrase.split(" ");
        if (i + words.length > t.size()) {
            return 0;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t.get(i + k).text().equals(words[k])) {
                return 0;
            }
        }
        return words.length;
    }

    private static int levelLength(List<Tok> t, int i) {
        for (String level : LEVELS) {
            int n = matchWords(t, i, level);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    private static int nameLowerLength(List<Tok> t, int i) {
        for (String w : NAME_LOWER) {
            int n = matchWords(t, i, w);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    /** Index after the last token of the name starting at i, or i when none starts there. */
    private static int nameEnd(List<Tok> t, int i) {
        int head = headLength(t, i);
        if (head == 0) {
            return startsGeneric(t, i) ? genericEnd(t, i) : i;
        }
        int j = i + head;
        boolean lastCapital = t.get(j - 1).capital() && !t.get(j - 1).text().equals("UBND");
        boolean inPlace = t.get(j - 1).text().equals("ủy") || t.get(j - 1).text().equals("đoàn");
        while (j < t.size()) {
            Tok tok = t.get(j);
            String w = tok.text();
            if (tok.word() && tok.capital()) {
                j++;
                lastCapital = true;
                continue;
            }
            if (tok.word()) {
                int level = levelLength(t, j);
                if (level > 0) {
                    j += level;
                    inPlace = true;
                    lastCapital = false;
                    continue;
                }
                if (w.equals("và") || w.equals("cùng")) {
                    if (j + 1 < t.size() && !startsName(t, j + 1) && t.get(j + 1).word() && t.get(j + 1).capital()
                            && !inPlace) {
                        j += 2;
                        lastCapital = true;
                        continue;
                    }
                    break;
                }
                int lower = nameLowerLength(t, j);
                if (lower > 0 && !inPlace) {
                    j += lower;
                    lastCapital = false;
                    continue;
                }
                if (lastCapital && !inPlace) {
                    j++;
                    lastCapital = false;
                    continue;
                }
                break;
            }
            if ((w.equals("-") || w.equals("&")) && j + 1 < t.size() && t.get(j + 1).word() && t.get(j + 1).capital()
                    && !startsName(t, j + 1)) {
                j += 2;
                lastCapital = true;
                continue;
            }
            if (w.equals(",") && j + 1 < t.size() && !startsName(t, j + 1)) {
                Tok next = t.get(j + 1);
                if (inPlace && levelLength(t, j + 1) > 0) {
                    j += 1 + levelLength(t, j + 1);
                    continue;
                }
                if (!inPlace && next.word() && next.capital()) {
                    j += 2;
                    lastCapital = true;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    private static int genericEnd(List<Tok> t, int i) {
        int j = i + 1;
        while (j < t.size()) {
            Tok tok = t.get(j);
            String w = tok.text();
            if (tok.word() && GENERIC_WORDS.contains(w)) {
                j++;
                continue;
            }
            if ((w.equals(",") || w.equals("và")) && j + 1 < t.size() && !startsWithHead(t, j + 1)
                    && GENERIC_WORDS.contains(t.get(j + 1).text())) {
                j += 2;
                continue;
            }
            break;
        }
        return j;
    }
}
