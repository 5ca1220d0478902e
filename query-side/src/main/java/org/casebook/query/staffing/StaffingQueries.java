package org.casebook.query.staffing;

import java.util.List;

import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.names.RecordNames;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** A case's staffing as its reader may read it, for the API and the console alike. */
@Component
public record StaffingQueries(StaffingProjection cases, ViewProgress progress, NeedToKnow needToKnow,
                              RecordNames names) {

    /** The staffing once the view holds journal position {@code after} (null: as it is now). */
    public CaseStaffing read(String caseId, Long after, Authentication caller) {
        CaseStaffing staffing = progress.readCase(caseId, List.of(Views.STAFFING), after, cases::of);
        // named before need-to-know, which withholds the names too where the case is SBU
        return needToKnow.staffing(caller, staffing.named(responder -> names.responder(caller, responder)));
    }
}
