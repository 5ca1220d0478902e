package org.casebook.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.handover.HandoverRecord;
import org.springframework.stereotype.Component;

/** How the console writes values for people to read (in templates: {@code ${@shown.time(row.openedAt)}}). */
@Component("shown")
public class Shown {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                                                                  .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'",
                                                                                Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The days of a period, both included: "5 Dec 2026 to 4 Jan 2027". */
    public String days(LocalDate first, LocalDate last) {
        return first == null || last == null ? "" : day(first) + " to " + day(last);
    }

    /** Where a deployment stands, as a coordinator says it (its state as the staffing view names it). */
    public String deploymentState(Object status) {
        return switch (String.valueOf(status)) {
            case "REQUESTED" -> "Requested, awaiting an answer";
            case "APPROVED" -> "Approved, not started";
            case "STARTED" -> "Under way";
            default -> word(status);
        };
    }

    /** An amount of money as exact decimals write it ("40000.00"), grouped for reading: "$40,000.00", "-$5.00". */
    public String money(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        BigDecimal value = new BigDecimal(amount);
        return (value.signum() < 0 ? "-$" : "$") + String.format(Locale.ENGLISH, "%,.2f", value.abs());
    }

    /** Where a handover stands, in words: escalated at its deadline if it was, and how it ended if it did. */
    public String handoverState(HandoverRecord handover) {
        String escalated = handover.escalatedAt() == null ? ""
                : ", escalated when its deadline passed (" + time(handover.escalatedAt()) + ")";
        return switch (handover.status()) {
            case PENDING -> "Proposed, awaiting an answer" + escalated;
            case ACCEPTED -> "Accepted" + escalated + ", effective " + day(handover.effectiveOn());
            case DECLINED -> "Declined" + escalated;
            case WITHDRAWN -> "Withdrawn" + escalated;
            case LAPSED -> "Lapsed: its deadline passed unanswered" + escalated;
        };
    }

    /** A moment, to the minute, in UTC (an operations centre across time zones reads one clock). */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A moment to the second, where moments of one minute must be told apart (the past, the access log). */
    public String second(Instant instant) {
        return instant == null ? "" : SECOND.format(instant);
    }

    /** A day, as the time above writes it. */
    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A country's name from its ISO code ("SD" is "Sudan"); the code itself when Java knows no name for it. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** Every country a case may be about, by name in alphabetical order, with its ISO code as the key. */
    public Map<String, String> countries() {
        return COUNTRIES;
    }

    private static final Map<String, String> COUNTRIES = countriesByName();

    private static Map<String, String> countriesByName() {
        Shown shown = new Shown();
        Map<String, String> countries = new LinkedHashMap<>();
        Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(shown::country))
              .forEach(code -> countries.put(code, shown.country(code)));
        return Collections.unmodifiableMap(countries);
    }

    /**
     * The USWDS class of a stage's segment in a step indicator, beside the case's current stage (built here: two
     * underscores in a template's expression would be read as Thymeleaf's preprocessing).
     */
    public String step(Stage stage, Stage current) {
        return stage.ordinal() < current.ordinal() ? "usa-step-indicator__segment--complete"
                : stage == current ? "usa-step-indicator__segment--current" : "";
    }

    /**
     * The markings a form offers for an entry of a case marked {@code caseMarking}: first the case's own (sent as no
     * marking), then each marking by name. SBU stays in capitals, as it is written on paper.
     */
    public Map<String, String> markings(Object caseMarking) {
        Map<String, String> markings = new LinkedHashMap<>();
        markings.put("", "As the case (" + marking(caseMarking) + ")");
        for (Sensitivity sensitivity : Sensitivity.values()) {
            markings.put(sensitivity.name(), marking(sensitivity));
        }
        return markings;
    }

    private String marking(Object sensitivity) {
        return Sensitivity.SBU.name().equals(String.valueOf(sensitivity)) ? Sensitivity.SBU.name() : word(sensitivity);
    }

    /** A word written in capitals by the record ("OPERATIONS", "handover-pending") as a person writes it. */
    public String word(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ENGLISH);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
