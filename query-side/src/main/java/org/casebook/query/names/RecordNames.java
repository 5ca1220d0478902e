package org.casebook.query.names;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.casebook.kernel.Clearance;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.refusal.Mention;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.casefile.CaseFileQueries;
import org.casebook.query.casefile.CurrentCaseFile;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.needtoknow.Withheld;
import org.casebook.query.roster.RosterProjection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Names and titles for what people read instead of bare ids: a responder's name to whoever may read the roster,
 * a case's title unless it is SBU text to the reader ({@link NeedToKnow}). Empty where the reader may not see it,
 * and where it cannot be read now (a view catching up, say): a name is a courtesy, and an answer that uses one,
 * such as an error, must never fail for want of it.
 */
@Component
public record RecordNames(CaseFileQueries files, RosterProjection roster, RosterReaders rosterReaders) {

    public Optional<String> responder(Authentication caller, String responderId) {
        if (!ResponderId.isValid(responderId) || !rosterReaders.mayRead(caller)) {
            return Optional.empty();
        }
        try {
            return roster.responder(new ResponderId(responderId)).map(found -> found.responder().name());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * A record a refusal mentions, as its reader may know it: by name or title where they may read it, with the id
     * that a next request needs; by id alone otherwise.
     */
    public String named(Authentication caller, Mention mention) {
        return switch (mention.kind()) {
            case RESPONDER -> responder(caller, mention.id()).map(name -> name + " (responder " + mention.id() + ")")
                                                             .orElse(mention.toString());
            case CASE -> caseTitle(caller, mention.id()).map(title -> "case \"" + title + "\" (" + mention.id() + ")")
                                                        .orElse(mention.toString());
            case DEPLOYMENT -> mention.toString();
        };
    }

    /**
     * A record a refusal mentions, as a page says it to a person, without ids: by name or title where they may read
     * it, as "a responder", "a case" or "a deployment" otherwise.
     */
    public String called(Authentication caller, Mention mention) {
        return switch (mention.kind()) {
            case RESPONDER -> responder(caller, mention.id()).orElse("a responder");
            case CASE -> caseTitle(caller, mention.id()).map(title -> "case \"" + title + "\"").orElse("a case");
            case DEPLOYMENT -> "a deployment";
        };
    }

    /** A case's title; empty where it is SBU text to the caller (so a message never tells them it is withheld). */
    public Optional<String> caseTitle(Authentication caller, String caseId) {
        return caseFile(caseId).filter(file -> readable(caller, file)).map(CaseFile::title);
    }

    /** A case's title as a view shows it to the caller: {@link Clearance#WITHHELD} where it is SBU text to them. */
    public Optional<String> caseTitleShown(Authentication caller, String caseId) {
        return caseFile(caseId).map(file -> readable(caller, file) ? file.title() : Clearance.WITHHELD);
    }

    /** {@link #caseTitleShown} for the cases of one answer, each looked up once. */
    public Function<String, Optional<String>> caseTitlesShown(Authentication caller) {
        Map<String, Optional<String>> known = new HashMap<>();
        return caseId -> known.computeIfAbsent(caseId, id -> caseTitleShown(caller, id));
    }

    private static boolean readable(Authentication caller, CaseFile file) {
        return NeedToKnow.cleared(caller) || !Withheld.from(file).wholeCase();
    }

    private Optional<CaseFile> caseFile(String caseId) {
        if (!CaseId.isValid(caseId)) {
            return Optional.empty();
        }
        try {
            return files.find(new CaseId(caseId)).map(CurrentCaseFile::file);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
