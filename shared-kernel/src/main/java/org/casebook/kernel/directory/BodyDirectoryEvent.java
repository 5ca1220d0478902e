package org.casebook.kernel.directory;

import org.casebook.kernel.crisis.Body;

/** An entry of the directory of bodies, about one body. */
public sealed interface BodyDirectoryEvent extends DirectoryEvent permits BodyListed, BodyRenamed, BodyRetired {

    Body body();
}
