package org.casebook.kernel.directory;

import org.casebook.kernel.AddressedCommand;

/** A command to the directory of bodies: one record (one stream) for the whole directory. */
public interface BodyDirectoryCommand extends AddressedCommand {

    /** The id of the directory's stream. */
    String DIRECTORY_ID = "body-directory";

    @Override
    default String targetId() {
        return DIRECTORY_ID;
    }
}
