package org.casebook.server.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the crisis API, valid unless a test changes them. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> openCase(String title, String country, String stage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("country", country);
        body.put("region", "North");
        body.put("summary", "Cross-border raids displacing civilians");
        if (stage != null) {
            body.put("stage", stage);
        }
        body.put("sensitivity", "UNCLASSIFIED");
        body.put("leadBody", "CRSG");
        body.put("leadCoordinator", "M. Alvarez");
        return body;
    }

    public static Map<String, Object> openCase() {
        return openCase("Border instability", "SD", null);
    }

    public static Map<String, Object> assessment(String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("findings", List.of(Map.of("type", "CORE_GRIEVANCE", "text", "Land disputes"),
                                     Map.of("type", "WINDOW_OF_OPPORTUNITY", "text", "Donor conference")));
        body.put("summary", summary);
        return body;
    }

    public static Map<String, Object> decision(String text, String supersedes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", text);
        body.put("rationale", "Mediation needs support now");
        body.put("optionsConsidered", List.of("Deploy a field ACT", "Monitor from the capital"));
        body.put("decidingBody", "CRSG");
        body.put("authority", "Policy statement PS-2026-04");
        if (supersedes != null) {
            body.put("supersedes", supersedes);
        }
        return body;
    }

    public static Map<String, Object> stage(String stage, String reason, String outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", stage);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        return body;
    }

    /** A proposal to hand a case over to this body, on that day, with no open items and no risks. */
    public static Map<String, Object> handover(String toBody, String proposedEffectiveOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toBody", toBody);
        body.put("openItems", List.of());
        body.put("risks", List.of());
        body.put("proposedEffectiveOn", proposedEffectiveOn);
        return body;
    }

    public static Map<String, Object> responder(String name, String component, List<String> skills) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("contact", name.toLowerCase().replace(' ', '.') + "@example.org");
        body.put("component", component);
        body.put("agency", "Justice");
        body.put("skills", skills);
        return body;
    }

    public static Map<String, Object> responder() {
        return responder("Amina Diallo", "STANDBY", List.of("rule-of-law"));
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return changed;
    }
}
