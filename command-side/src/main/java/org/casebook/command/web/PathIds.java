package org.casebook.command.web;

import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.responder.ResponderId;

/** Ids from request paths. An id that cannot name a record names no record: 404, like any unknown one. */
public final class PathIds {

    private PathIds() {
    }

    public static CrisisId caseId(String id) {
        if (!CrisisId.isValid(id)) {
            throw new UnknownRecord(Kind.CASE, id);
        }
        return new CrisisId(id);
    }

    public static ResponderId responderId(String id) {
        if (!ResponderId.isValid(id)) {
            throw new UnknownRecord(Kind.RESPONDER, id);
        }
        return new ResponderId(id);
    }

    public static HandoverId handoverId(String id) {
        if (!HandoverId.isValid(id)) {
            throw new UnknownRecord(Kind.HANDOVER, id);
        }
        return new HandoverId(id);
    }

    public static DeploymentId deploymentId(String id) {
        if (!DeploymentId.isValid(id)) {
            throw new UnknownRecord(Kind.DEPLOYMENT, id);
        }
        return new DeploymentId(id);
    }
}
