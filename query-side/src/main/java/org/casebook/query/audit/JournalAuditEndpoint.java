package org.casebook.query.audit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.digest.DigestKey;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.DigestPublicKey;
import org.casebook.journal.digest.SignedDigest;
import org.casebook.journal.digest.TrustedKeys;
import org.casebook.journal.store.Store;
import org.casebook.journal.verify.Anchor;
import org.casebook.journal.verify.JournalExport;
import org.casebook.journal.verify.Progress;
import org.casebook.journal.verify.VerificationReport;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.NotCleared;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Auditors' tools on the journal itself: verify the hash chain (against every signed digest, and a published
 * anchor), list the signed digests to keep elsewhere, and export the journal or one case's history as JSON Lines
 * for checking with other tools. Every use is written to the access log.
 */
@RestController
@RequestMapping("/api/journal")
public class JournalAuditEndpoint {

    public static final String JSON_LINES = "application/x-ndjson";

    private final VerificationRuns verifications;
    private final JournalStorageEngine journal;
    private final JournalExport export;
    private final AccessLog accessLog;
    private final DigestLog digests;
    private final DigestKey signingKey;
    private final TrustedKeys trustedKeys;

    public JournalAuditEndpoint(VerificationRuns verifications, JournalStorageEngine journal, Store store,
                                AccessLog accessLog, DigestLog digests, DigestKey signingKey,
                                TrustedKeys trustedKeys) {
        this.verifications = verifications;
        this.journal = journal;
        this.export = new JournalExport(journal.commitStore(), !store.isEmbedded());
        this.accessLog = accessLog;
        this.digests = digests;
        this.signingKey = signingKey;
        this.trustedKeys = trustedKeys;
    }

    /** A public key digests are checked with: its id, base64 of its DER bytes (the body of its PEM), and the PEM. */
    public record PublicKeyView(String id, String publicKey, String pem) {

        static PublicKeyView of(DigestPublicKey key) {
            return new PublicKeyView(key.id(), key.base64(), key.pem());
        }
    }

    /** A signed digest with the exact text its signature is over. */
    public record DigestView(long position, String hash, String time, String key, String signature,
                             String message) {

        static DigestView of(SignedDigest digest) {
            return new DigestView(digest.position(), digest.hash(), digest.timeText(), digest.key(),
                                  digest.signature(), digest.message());
        }
    }

    /**
     * The signed digests and the keys to check them with: {@code signingKey} is this server's, {@code keys} every
     * key a verification here trusts. Each signature (base64, Ed25519) is over the UTF-8 bytes of its
     * {@code message}, of the form {@code form}.
     */
    public record SignedDigests(String algorithm, String form, String signingKey, List<PublicKeyView> keys,
                                List<DigestView> digests) {
    }

    /** A verification's state: its progress while it runs (202), its report once it has ended (200). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(String run, String state, long from, String anchor, Instant startedAt,
                               Progress progress, VerificationReport report) {
    }

    /**
     * Verifies the journal from {@code from} (and the anchor, if given), waiting up to {@code waitSeconds} for the
     * report; a longer run answers 202 with its progress and a Location to follow it at.
     */
    @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Verification> verify(@RequestParam(defaultValue = "1") @Min(1) long from,
                                               @RequestParam(required = false) Anchor anchor,
                                               @RequestParam(defaultValue = "10") @Min(0) @Max(60) int waitSeconds,
                                               HttpServletRequest request) throws InterruptedException {
        if (anchor != null && from > 1) {
            throw new InvalidInput("anchor", "an anchor vouches for the whole history up to it: leave out from");
        }
        return answer(verifications.startOrJoin(from, anchor), waitSeconds, request);
    }

    @GetMapping(path = "/verify/runs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Verification> verification(@PathVariable String id,
                                                     @RequestParam(defaultValue = "10") @Min(0) @Max(60)
                                                     int waitSeconds,
                                                     HttpServletRequest request) throws InterruptedException {
        VerificationRuns.Run run = verifications.find(id).orElseThrow(() -> UnknownRecord.saying(Kind.VERIFICATION,
                "no verification run " + id + " is known; runs are kept " + VerificationRuns.KEPT_AFTER_END.toMinutes()
                        + " minutes after they end"));
        return answer(run, waitSeconds, request);
    }

    private ResponseEntity<Verification> answer(VerificationRuns.Run run, int waitSeconds, HttpServletRequest request)
            throws InterruptedException {
        VerificationReport report = run.awaitReport(Duration.ofSeconds(waitSeconds));
        String anchor = run.anchor() == null ? null : run.anchor().toString();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run", run.id());
        details.put("from", run.from());
        details.put("anchor", anchor);
        details.put("state", report == null ? "RUNNING" : "DONE");
        if (report != null) {
            details.put("intact", report.intact());
        }
        record(request, "verify journal", details);
        Verification state = new Verification(run.id(), report == null ? "RUNNING" : "DONE", run.from(), anchor,
                                              run.started(), run.progress(), report);
        if (report == null) {
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                                 .header(HttpHeaders.RETRY_AFTER, "2")
                                 .location(URI.create("/api/journal/verify/runs/" + run.id()))
                                 .body(state);
        }
        return ResponseEntity.ok(state);
    }

    /** Every signed digest from position {@code from} on, by position, for an auditor to keep elsewhere. */
    @GetMapping(path = "/digests", produces = MediaType.APPLICATION_JSON_VALUE)
    public SignedDigests digests(@RequestParam(defaultValue = "1") @Min(1) long from, HttpServletRequest request) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        record(request, "list signed digests", details);
        return new SignedDigests(DigestPublicKey.ALGORITHM, SignedDigest.FORM + "|POSITION|HASH|TIME",
                                 signingKey.publicKey().id(),
                                 trustedKeys.all().stream().map(PublicKeyView::of).toList(),
                                 digests.from(from).digests().stream().map(DigestView::of).toList());
    }

    @GetMapping(path = "/export", produces = JSON_LINES)
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "1") @Min(1) long from,
                                                        @RequestParam(name = "case", required = false) String caseId,
                                                        HttpServletRequest request, Authentication caller) {
        if (!NeedToKnow.cleared(caller)) {
            // the export is the record as stored and hashed, SBU text included; verifying needs no clearance
            throw new NotCleared(caller.getName(), "read the journal export");
        }
        if (caseId != null && !CaseId.isValid(caseId)) {
            throw new UnknownRecord(Kind.CASE, caseId);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        details.put("case", caseId);
        record(request, "export journal", details);
        StreamingResponseBody body = caseId == null
                ? out -> export.writeAll(out, from)
                : out -> JournalExport.write(out, journal.commitsOf(caseId));
        String name = caseId == null ? "casebook-journal.jsonl" : "casebook-case-" + caseId + ".jsonl";
        return ResponseEntity.ok()
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                             .contentType(MediaType.parseMediaType(JSON_LINES))
                             .body(body);
    }

    private void record(HttpServletRequest request, String action, Map<String, Object> details) {
        accessLog.record(request, action, details);
    }
}
