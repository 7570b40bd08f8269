package vn.treem.cases.registryimport;

import java.util.Set;

import vn.treem.platform.adminunits.AdminUnit;

/**
 * Who runs an import, captured when the file is uploaded so that the job, which runs outside the request, applies the
 * uploader's jurisdiction: the units of their unit's subtree (today's hierarchy), or every unit for a national user.
 */
public record ImportScope(String subject, String unit, boolean approver, Set<String> units) {

    public boolean national() {
        return AdminUnit.COUNTRY_CODE.equals(unit);
    }

    public boolean covers(String code) {
        return code != null && (national() || units.contains(code));
    }
}
