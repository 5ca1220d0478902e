package org.casebook.query.roster;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.casebook.kernel.EntityTag;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;
import org.casebook.query.EntityTags;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roster: responders by name, filtered by skill, component and availability on a day, in pages. */
@RestController
@RequestMapping(path = "/api/responders", produces = MediaType.APPLICATION_JSON_VALUE)
public record RosterEndpoint(RosterProjection view, ViewProgress progress, NeedToKnow needToKnow) {

    @GetMapping
    public RosterPage roster(@RequestParam(required = false) String skill,
                             @RequestParam(required = false) CorpsComponent component,
                             @RequestParam(required = false) LocalDate availableOn,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                             @RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        if (skill != null && !Skill.isValid(skill)) {
            throw new InvalidInput("skill", "must be a lower-case skill name such as rule-of-law");
        }
        progress.awaitPosition(Views.ROSTER, after);
        return needToKnow.roster(caller, view.page(skill == null ? null : new Skill(skill), component, availableOn,
                                                   page, size));
    }

    @GetMapping("/{id}")
    public ResponseEntity<ResponderOnRoster> responder(@PathVariable String id,
                                                 @RequestParam(required = false) @Min(0) Long after,
                                                 @RequestHeader(value = "If-None-Match", required = false)
                                                 String ifNoneMatch, Authentication caller) {
        if (!ResponderId.isValid(id)) {
            throw new UnknownRecord(Kind.RESPONDER, id);
        }
        progress.awaitPosition(Views.ROSTER, after);
        ResponderOnRoster entry = view.responder(new ResponderId(id))
                                        .orElseThrow(() -> new UnknownRecord(Kind.RESPONDER, id));
        EntityTag tag = EntityTag.of(entry.responder().version(), entry.currentDeployment(), entry.deployedDays());
        return EntityTags.answer(needToKnow.responder(caller, entry), tag, ifNoneMatch);
    }
}
