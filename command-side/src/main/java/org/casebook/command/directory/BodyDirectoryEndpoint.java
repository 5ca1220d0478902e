package org.casebook.command.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.command.web.Recorder;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyKind;
import org.casebook.kernel.directory.ListBody;
import org.casebook.kernel.directory.ListPerson;
import org.casebook.kernel.directory.RenameBody;
import org.casebook.kernel.directory.RenamePerson;
import org.casebook.kernel.directory.RetireBody;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where an admin keeps the directory: lists, renames and retires the bodies that cases, decisions and handovers may
 * name, and lists and renames the people who sign in.
 */
@RestController
@RequestMapping(path = "/api/admin", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
public record BodyDirectoryEndpoint(Recorder recorder) {

    static final int DISPLAY_NAME = 200;
    static final int ACCOUNT = 100;
    static final int REASON = 2_000;

    /** {@code name}: as cases and accounts name it ("CRSG"); {@code displayName}: as people read it. */
    record ListBodyRequest(@NotBlank @Size(max = Body.MAX_LENGTH) String name,
                           @NotNull BodyKind kind,
                           @NotBlank @Size(max = DISPLAY_NAME) String displayName) {

        ListBody toCommand() {
            return new ListBody(new Body(name.strip()), kind, displayName.strip());
        }
    }

    /** A listed body's kind and display name from now on. */
    record RenameBodyRequest(@NotNull BodyKind kind, @NotBlank @Size(max = DISPLAY_NAME) String displayName) {
    }

    record RetireBodyRequest(@NotBlank @Size(max = REASON) String reason) {
    }

    /** {@code account}: the login name; {@code body}: the body the account belongs to, if any. */
    record ListPersonRequest(@NotBlank @Size(max = ACCOUNT) String account,
                             @NotBlank @Size(max = DISPLAY_NAME) String displayName,
                             @Size(max = Body.MAX_LENGTH) String body) {

        ListPerson toCommand() {
            return new ListPerson(account.strip(), displayName.strip(),
                                  body == null || body.isBlank() ? null : new Body(body.strip()));
        }
    }

    record RenamePersonRequest(@NotBlank @Size(max = DISPLAY_NAME) String displayName) {
    }

    @PostMapping("/bodies")
    public ResponseEntity<Recorded> list(@Valid @RequestBody ListBodyRequest body, CommandRequest request) {
        return recorder.create(body.toCommand(), null, request.creating(), recorded -> "/api/bodies");
    }

    @PostMapping("/bodies/{name}/rename")
    public ResponseEntity<Recorded> rename(@PathVariable String name, @Valid @RequestBody RenameBodyRequest body,
                                           CommandRequest request) {
        return recorder.record(new RenameBody(new Body(name), body.kind(), body.displayName().strip()), request);
    }

    @PostMapping("/bodies/{name}/retire")
    public ResponseEntity<Recorded> retire(@PathVariable String name, @Valid @RequestBody RetireBodyRequest body,
                                           CommandRequest request) {
        return recorder.record(new RetireBody(new Body(name), body.reason().strip()), request);
    }

    @PostMapping("/people")
    public ResponseEntity<Recorded> listPerson(@Valid @RequestBody ListPersonRequest body, CommandRequest request) {
        return recorder.create(body.toCommand(), null, request.creating(), recorded -> "/api/people");
    }

    @PostMapping("/people/{account}/rename")
    public ResponseEntity<Recorded> renamePerson(@PathVariable String account,
                                                 @Valid @RequestBody RenamePersonRequest body,
                                                 CommandRequest request) {
        return recorder.record(new RenamePerson(account, body.displayName().strip()), request);
    }
}
