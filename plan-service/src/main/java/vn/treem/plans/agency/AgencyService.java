package vn.treem.plans.agency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Jurisdiction;

/** The directory of agencies per unit: listed by anyone, kept by the unit's planners. */
@ApplicationScoped
public class AgencyService {

    @Inject
    AdminUnitDirectory units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    Caller caller;

    @Transactional
    public List<AgencyView> list(String unitCode, boolean includeFormer) {
        if (unitCode == null || units.current(unitCode).isEmpty() && !units.everExisted(unitCode)) {
            throw ProblemException.invalid(new FieldViolation("unit", "UNKNOWN_UNIT", String.valueOf(unitCode)));
        }
        String query = includeFormer
                ? "unitCode = ?1 order by name"
                : "unitCode = ?1 and activeTo is null order by name";
        return Agency.<Agency>list(query, unitCode).stream().map(AgencyView::of).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AgencyView create(AgencyRequest request) {
        if (units.current(request.unitCode()).isEmpty()) {
            throw ProblemException.invalid(new FieldViolation("unitCode", "UNKNOWN_UNIT", request.unitCode()));
        }
        jurisdiction.requireToday(request.unitCode());
        String name = request.name().strip();
        if (Agency.count("unitCode = ?1 and lower(name) = ?2", request.unitCode(), name.toLowerCase()) > 0) {
            throw ProblemException.of(ProblemType.CONFLICT, "agency.name-taken", name);
        }
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.unitCode = request.unitCode();
        agency.name = name;
        agency.kind = request.kind();
        agency.activeFrom = request.activeFrom();
        agency.createdBy = caller.subject();
        agency.createdAt = OffsetDateTime.now();
        agency.persist();
        if (request.replaces() != null) {
            Agency former = Agency.findById(request.replaces());
            if (former == null || !former.unitCode.equals(request.unitCode())) {
                throw ProblemException.invalid(new FieldViolation("replaces", "UNKNOWN_AGENCY"));
            }
            former.activeTo = request.activeFrom() != null
                    ? request.activeFrom().minusDays(1)
                    : AdminUnitDirectory.today();
            former.replacedBy = agency.id;
        }
        return AgencyView.of(agency);
    }
}
