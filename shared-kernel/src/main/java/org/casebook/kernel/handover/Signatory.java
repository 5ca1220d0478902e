package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.Body;

/** Who signed a step of a handover: the authenticated user, the role they acted in and the body they belong to. */
public record Signatory(String user, String role, Body body) {
}
