package org.casebook.query.brief;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.zip.CRC32;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.journal.json.JournalJson;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.handover.UnknownHandover;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A handover's brief: JSON (its canonical form, whose SHA-256 without the digest is the digest), or a printable
 * HTML page when the client asks for {@code text/html}; each with the case's risks now beside it ({@code risksNow}).
 * Its ETag is the digest, and a digest of those risks.
 */
@RestController
@RequestMapping("/api/crises/{caseId}/handovers/{handoverId}/brief")
public class BriefEndpoint {

    private static final ObjectMapper CANONICAL = JournalJson.newMapper();

    private final HandoverBriefs briefs;

    public BriefEndpoint(HandoverBriefs briefs) {
        this.briefs = briefs;
    }

    /**
     * The brief and, beside it, the case's risks now ({@code risksNow}): the brief's own canonical JSON comes first,
     * byte for byte, so its digest is the SHA-256 of that JSON without {@code digest} and {@code risksNow}.
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> json(@PathVariable String caseId, @PathVariable String handoverId,
                                       Authentication caller) throws JsonProcessingException {
        HandoverBrief brief = NeedToKnow.brief(caller, find(caseId, handoverId));
        List<CaseFile.Risk> risks = risksNow(caseId, caller);
        String canonical = CANONICAL.writeValueAsString(brief);
        String body = canonical.substring(0, canonical.length() - 1) + ",\"risksNow\":"
                + CANONICAL.writeValueAsString(risks) + "}";
        return ResponseEntity.ok().eTag(tag(brief, risks)).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> html(@PathVariable String caseId, @PathVariable String handoverId,
                                       Authentication caller) {
        HandoverBrief brief = NeedToKnow.brief(caller, find(caseId, handoverId));
        List<CaseFile.Risk> risks = risksNow(caseId, caller);
        return ResponseEntity.ok().eTag(tag(brief, risks)).contentType(new MediaType(MediaType.TEXT_HTML, UTF_8))
                             .body(BriefPage.render(brief, risks));
    }

    /**
     * The risks of the brief's case as the record stands now: each risk handed over, open or closed (who closed it,
     * when and why), as the caller may read them (the texts of an SBU case withheld as in the case file). Not part
     * of the brief, which is the case as of the proposal and never changes: risks close after it.
     */
    private List<CaseFile.Risk> risksNow(String caseId, Authentication caller) {
        return NeedToKnow.caseFile(caller, briefs.caseFileNow(caseId).orElseThrow()).risks();
    }

    /**
     * The brief's digest and a digest of the risks shown beside it ({@code "<digest>-1c291ca3"}): a brief never
     * changes, its risks do, and a 304 must never keep a reader from a risk closed since.
     */
    private static String tag(HandoverBrief brief, List<CaseFile.Risk> risks) {
        CRC32 digest = new CRC32();
        digest.update(risks.toString().getBytes(UTF_8));
        return "\"" + brief.digest() + "-" + String.format("%08x", digest.getValue()) + "\"";
    }

    private HandoverBrief find(String caseId, String handoverId) {
        if (!CrisisId.isValid(caseId) || !HandoverId.isValid(handoverId)) {
            throw new UnknownHandover(caseId, handoverId);
        }
        return briefs.brief(caseId, handoverId).orElseThrow(() -> new UnknownHandover(caseId, handoverId));
    }
}
