package org.casebook.kernel.handover;

/** Work the receiving side takes over unfinished, and who owns it. */
public record OpenItem(String item, String owner) {
}
