package org.casebook.command.directory;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casebook.command.CommandDispatcher;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyKind;
import org.casebook.kernel.directory.ListBody;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where an admin lists the bodies that cases, decisions and handovers may name. */
@RestController
@RequestMapping(path = "/api/admin/bodies", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
public class BodyDirectoryEndpoint {

    static final int DISPLAY_NAME = 200;

    private final CommandDispatcher dispatcher;

    public BodyDirectoryEndpoint(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** {@code name}: as cases and accounts name it ("CRSG"); {@code displayName}: as people read it. */
    record ListBodyRequest(@NotBlank @Size(max = Body.MAX_LENGTH) String name,
                           @NotNull BodyKind kind,
                           @NotBlank @Size(max = DISPLAY_NAME) String displayName) {

        ListBody toCommand() {
            return new ListBody(new Body(name.strip()), kind, displayName.strip());
        }
    }

    @PostMapping
    public ResponseEntity<Recorded> list(@Valid @RequestBody ListBodyRequest body, CommandRequest request) {
        Recorded recorded = Recorded.of(dispatcher.dispatch(body.toCommand(), request.creating().effectiveAt(null)));
        return ResponseEntity.created(URI.create("/api/bodies")).eTag(recorded.eTag()).body(recorded);
    }
}
