package org.casebook.kernel.crisis;

/** Open a new case. {@code region} may be null; {@code initialStage} defaults to Watch at the edge. */
public record OpenCrisis(
        CaseId crisisId,
        String title,
        CountryCode country,
        String region,
        String summary,
        Stage initialStage,
        Sensitivity sensitivity,
        Body leadBody,
        Coordinator leadCoordinator) implements CrisisCommand {
}
