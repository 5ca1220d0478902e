package org.casebook.kernel.crisis;

import org.casebook.kernel.EventType;

@EventType(name = "CrisisOpened", revision = "1")
public record CrisisOpened(
        CaseId crisisId,
        String title,
        CountryCode country,
        String region,
        String summary,
        Stage stage,
        Sensitivity sensitivity,
        Body leadBody,
        Coordinator leadCoordinator) implements CrisisEvent {
}
