package vn.treem.cases.registryimport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import vn.treem.cases.events.ChildRecordEvent;
import vn.treem.platform.events.CloudEventCodec;

/**
 * The {@code child.registered} event of an imported child as a SQL expression over a staging row
 * ({@code child_import_row r}), so that a batch's events are written with one {@code INSERT … SELECT} (ADR 0013,
 * revised). The JSON is not written by hand: the platform's {@link CloudEventCodec} serialises a template event whose
 * values are markers, and the expression is that text with each marker replaced by the row's column (JSON-quoted by
 * PostgreSQL's {@code to_json}). Envelope, member order, number and time formats are therefore the codec's own; the
 * test compares the result with the codec's event for the same child.
 */
final class RegisteredEventSql {

    private static final UUID CHILD_MARK = UUID.fromString("00000000-0000-0000-0000-00000000c41d");
    private static final String SUBJECT_MARK = "~subject~";
    private static final String GROUP_MARK = "~group~";
    /** Markers of the event's string values (quoted in the JSON) and the staging column each one stands for. */
    private static final List<String[]> STRINGS = List.of(new String[]{"~commune~", "r.residence_commune_code"},
            new String[]{"~province~", "r.province_code"}, new String[]{"~sex~", "r.sex"},
            new String[]{"~band~", "r.age_band"}, new String[]{"~ethnicity~", "r.ethnicity"});

    /** The SQL expression: literal pieces are bind parameters, in {@link #parameters()} order. */
    private final StringBuilder sql = new StringBuilder();
    private final List<String> parameters = new ArrayList<>();

    private RegisteredEventSql() {
    }

    /**
     * The expression of the events of children registered at {@code at} by a service whose source is {@code source}.
     */
    static RegisteredEventSql of(String source, OffsetDateTime at) {
        ChildRecordEvent data = new ChildRecordEvent(CHILD_MARK, "~commune~", "~province~", "~sex~", "~band~",
                "~ethnicity~", List.of(new ChildRecordEvent.Group(GROUP_MARK, null, null, null)), at);
        CloudEvent template = CloudEventCodec.create(source, ChildRecordEvent.REGISTERED, SUBJECT_MARK, at, data);
        String json = CloudEventCodec.serializeToString(template);
        RegisteredEventSql expression = new RegisteredEventSql();
        int done = 0;
        while (done < json.length()) {
            Mark next = next(json, done, template.getId());
            if (next == null) {
                expression.literal(json.substring(done));
                break;
            }
            expression.literal(json.substring(done, next.start()));
            expression.column(next.sql());
            done = next.end();
        }
        return expression;
    }

    /** A marker found in the template: where it is and what replaces it. */
    private record Mark(int start, int end, String sql) {
    }

    private static Mark next(String json, int from, String eventId) {
        List<Mark> found = new ArrayList<>();
        add(found, json, from, eventId, "r.event_id");
        add(found, json, from, SUBJECT_MARK, "r.child_id::text");
        add(found, json, from, CHILD_MARK.toString(), "r.child_id::text");
        for (String[] string : STRINGS) {
            add(found, json, from, "\"" + string[0] + "\"", "coalesce(to_json(" + string[1] + ")::text, 'null')");
        }
        int group = json.indexOf("\"" + GROUP_MARK + "\"", from);
        if (group >= 0) {
            int open = json.lastIndexOf('[', group);
            int close = json.indexOf(']', group);
            int openElement = json.lastIndexOf('{', group);
            int closeElement = json.indexOf('}', group);
            if (open < from || close < 0 || openElement < open || closeElement > close) {
                throw new IllegalStateException("the groups of the event template are not a JSON array");
            }
            String before = json.substring(openElement, group);
            String after = json.substring(group + GROUP_MARK.length() + 2, closeElement + 1);
            // Most children have no group: the subquery is not run for them.
            found.add(new Mark(open, close + 1, "case when r.groups is null then '[]' else"
                    + " coalesce((select '[' || string_agg(" + quote(before)
                    + " || to_json(g.code)::text || " + quote(after) + ", ',' order by g.ord) || ']'"
                    + " from unnest(string_to_array(r.groups, ',')) with ordinality as g(code, ord)), '[]') end"));
        }
        return found.stream().min((a, b) -> Integer.compare(a.start(), b.start())).orElse(null);
    }

    private static void add(List<Mark> found, String json, int from, String marker, String sql) {
        int at = json.indexOf(marker, from);
        if (at >= 0) {
            found.add(new Mark(at, at + marker.length(), sql));
        }
    }

    /** A constant of the group element: codec output without quotes or backslashes, checked. */
    private static String quote(String text) {
        if (text.contains("'") || text.contains("\\")) {
            throw new IllegalStateException("unexpected character in the event template");
        }
        return "'" + text + "'";
    }

    private void literal(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!sql.isEmpty()) {
            sql.append(" || ");
        }
        sql.append("cast(? as text)");
        parameters.add(text);
    }

    private void column(String expression) {
        if (!sql.isEmpty()) {
            sql.append(" || ");
        }
        sql.append(expression);
    }

    String sql() {
        return sql.toString();
    }

    List<String> parameters() {
        return parameters;
    }
}
