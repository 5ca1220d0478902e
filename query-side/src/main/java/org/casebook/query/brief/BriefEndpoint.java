package org.casebook.query.brief;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.journal.json.JournalJson;
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
 * HTML page when the client asks for {@code text/html}. Its ETag is the digest.
 */
@RestController
@RequestMapping("/api/crises/{caseId}/handovers/{handoverId}/brief")
public record BriefEndpoint(HandoverBriefs briefs) {

    private static final ObjectMapper CANONICAL = JournalJson.newMapper();

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> json(@PathVariable String caseId, @PathVariable String handoverId,
                                       Authentication caller) throws JsonProcessingException {
        HandoverBrief brief = NeedToKnow.brief(caller, briefs.briefOf(caseId, handoverId));
        return ResponseEntity.ok().eTag(brief.digest()).contentType(MediaType.APPLICATION_JSON)
                             .body(CANONICAL.writeValueAsString(brief));
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> html(@PathVariable String caseId, @PathVariable String handoverId,
                                       Authentication caller) {
        HandoverBrief brief = NeedToKnow.brief(caller, briefs.briefOf(caseId, handoverId));
        return ResponseEntity.ok().eTag(brief.digest()).contentType(new MediaType(MediaType.TEXT_HTML, UTF_8))
                             .body(BriefPage.render(brief));
    }
}
