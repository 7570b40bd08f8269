package vn.treem.platform.security;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * A caller acts within the subtree of the administrative unit they serve (their token's {@code unit} claim). Every
 * service checks this itself, for every operation that names or touches a unit.
 */
@ApplicationScoped
public class Jurisdiction {

    @Inject
    Caller caller;

    @Inject
    AdminUnitDirectory units;

    /** True when {@code unitCode}, as the hierarchy was on {@code date}, lies within the caller's unit. */
    public boolean covers(String unitCode, LocalDate date) {
        return units.isWithin(unitCode, caller.unit(), date);
    }

    /** Answers 403 {@code outside-jurisdiction} unless the caller's unit covers {@code unitCode} on {@code date}. */
    public void require(String unitCode, LocalDate date) {
        if (!covers(unitCode, date)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), unitCode);
        }
    }

    public void requireToday(String unitCode) {
        require(unitCode, AdminUnitDirectory.today());
    }
}
