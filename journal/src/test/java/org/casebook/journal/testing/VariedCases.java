package org.casebook.journal.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.EventId;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.FindingType;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverLapsed;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.HandoverWithdrawn;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.OpenItem;
import org.casebook.kernel.handover.Signatory;

/**
 * Histories of many cases, interleaved at random but reproducibly (by seed), that keep the aggregate's rules: every
 * kind of entry (assessments, decisions that supersede earlier ones, moves forward and back, closings, reopenings,
 * corrections of earlier entries, handovers of the lead and each way they end), from several users, some logged
 * late (effective before they were recorded).
 */
public final class VariedCases {

    /** One entry to store: its case, place in the case, event and who recorded it when. */
    public record Entry(String eventId, String caseId, long sequence, CrisisEvent event, String user,
                        Instant effectiveAt) {

        public String type() {
            return event.getClass().getAnnotation(EventType.class).name();
        }
    }

    private static final String[] COUNTRIES = {"SD", "HT", "LB", "XK", "ML", "CD", "MM", "YE"};
    private static final String[] USERS = {"m.alvarez", "j.okafor", "s.lindqvist", "r.haddad"};
    private static final Stage[] OPEN_STAGES = {Stage.WATCH, Stage.ASSESSMENT, Stage.POLICY, Stage.PLANNING,
                                                Stage.OPERATIONS, Stage.TRANSITION};

    private final Random random;
    private final List<CaseState> cases = new ArrayList<>();
    private final Instant start;
    private long entries;

    public VariedCases(int cases, long seed, Instant start) {
        this.random = new Random(seed);
        this.start = start;
        for (int i = 0; i < cases; i++) {
            this.cases.add(new CaseState("case-" + i));
        }
    }

    /** The next entry, of a case picked at random; recorded {@code recordedAt}. */
    public Entry next(Instant recordedAt) {
        CaseState kase = cases.get(random.nextInt(cases.size()));
        CrisisEvent event = kase.nextEvent();
        long sinceStart = Math.max(0, recordedAt.toEpochMilli() - start.toEpochMilli());
        Instant effectiveAt = random.nextInt(10) == 0 ? recordedAt.minusMillis(random.nextLong(sinceStart + 1))
                                                      : recordedAt;
        Entry entry = new Entry("event-" + (++entries), kase.id.value(), kase.sequence++, event,
                                USERS[random.nextInt(USERS.length)], effectiveAt);
        kase.recorded.add(entry);
        return entry;
    }

    private final class CaseState {
        private final CaseId id;
        private final List<Entry> recorded = new ArrayList<>();
        private long sequence;
        private Stage stage = Stage.WATCH;
        private Stage closedFrom;
        private int assessments;
        private int decisions;
        private Body lead = new Body("CRSG");
        private int handovers;
        private boolean handoverPending;
        private boolean escalated;
        private LeadTransferred transferDue;

        CaseState(String id) {
            this.id = new CaseId(id);
        }

        CrisisEvent nextEvent() {
            if (sequence == 0) {
                return new CrisisOpened(id, "Case " + id.value(), new CountryCode(COUNTRIES[random.nextInt(COUNTRIES.length)]),
                                        random.nextBoolean() ? null : "Region " + random.nextInt(20),
                                        "Unrest reported", Stage.WATCH,
                                        random.nextInt(4) == 0 ? Sensitivity.SBU : Sensitivity.UNCLASSIFIED,
                                        new Body("CRSG"), new Coordinator(USERS[random.nextInt(USERS.length)]));
            }
            if (closedFrom != null) {
                stage = closedFrom;
                closedFrom = null;
                return new CrisisReopened(id, stage, "Violence resumed");
            }
            int roll = random.nextInt(100);
            if (roll < 30) {
                return new AssessmentRecorded(id, AssessmentId.number(++assessments), findings(),
                                              "Assessment " + assessments + " of " + id.value());
            }
            if (roll < 65) {
                return decision();
            }
            if (roll < 80) {
                return moveOn();
            }
            if (roll < 86) {
                return correction();
            }
            if (roll < 90) {
                return handover();
            }
            if (roll < 95 && stage != Stage.WATCH) {
                Stage back = OPEN_STAGES[random.nextInt(stage.ordinal())];
                Stage from = stage;
                stage = back;
                return new CrisisMovedToStage(id, from, back, "Situation deteriorated");
            }
            return close();
        }

        private CrisisEvent decision() {
            Integer supersedes = decisions > 0 && random.nextInt(5) == 0 ? 1 + random.nextInt(decisions) : null;
            decisions++;
            return new DecisionRecorded(id, DecisionId.number(decisions), "Decision " + decisions,
                                        "Rationale " + random.nextInt(1_000), List.of("Act", "Wait", "Refer"),
                                        new Body(random.nextBoolean() ? "CRSG" : "Embassy"), "PD-" + random.nextInt(50),
                                        supersedes == null ? null : DecisionId.number(supersedes),
                                        assessments == 0 ? null : AssessmentId.number(assessments),
                                        random.nextInt(8) == 0 ? Sensitivity.SBU : null);
        }

        /** Proposes a handover of the lead, or takes the pending one a step further. */
        private CrisisEvent handover() {
            Body other = new Body(lead.value().equals("CRSG") ? "Embassy" : "CRSG");
            Signatory from = new Signatory(USERS[random.nextInt(USERS.length)], "COORDINATOR", lead);
            Signatory to = new Signatory(USERS[random.nextInt(USERS.length)], "COORDINATOR", other);
            if (transferDue != null) {
                LeadTransferred transferred = transferDue;
                transferDue = null;
                return transferred;
            }
            if (!handoverPending) {
                handoverPending = true;
                escalated = false;
                return new HandoverProposed(id, HandoverId.number(++handovers), lead, other, null, List.of(),
                                            List.of(new OpenItem("Item " + random.nextInt(100), "Owner")),
                                            List.of("Risk " + random.nextInt(100)), LocalDate.of(2027, 3, 1), from);
            }
            HandoverId current = HandoverId.number(handovers);
            int step = random.nextInt(5);
            if (step == 0 && !escalated) {
                escalated = true;
                return new HandoverEscalated(id, current, Instant.parse("2027-02-04T09:00:00Z"));
            }
            handoverPending = false;
            return switch (step) {
                case 1 -> new HandoverDeclined(id, current, "Not ready", to);
                case 2 -> new HandoverWithdrawn(id, current, "Plans changed", from);
                case 3 -> new HandoverLapsed(id, current, Instant.parse("2027-02-08T09:00:00Z"));
                default -> {
                    Body before = lead;
                    lead = other;
                    // the lead moves on the effective date: the next handover entry is that move
                    transferDue = new LeadTransferred(id, current, before, other, List.of(), LocalDate.of(2027, 3, 1));
                    yield new HandoverAccepted(id, current, before, other, List.of(), to, to.user(), "0".repeat(64),
                                               LocalDate.of(2027, 3, 1), LeadMove.ON_EFFECTIVE_DATE);
                }
            };
        }

        private CrisisEvent moveOn() {
            if (stage == Stage.TRANSITION) {
                return close();
            }
            Stage from = stage;
            stage = stage.next();
            return new CrisisMovedToStage(id, from, stage, null);
        }

        private CrisisEvent close() {
            closedFrom = stage;
            return new CrisisClosed(id, stage, "Handed to the embassy", random.nextBoolean() ? null : "Stable");
        }

        private CrisisEvent correction() {
            List<Entry> correctable = recorded.stream().filter(entry -> !(entry.event() instanceof EntryCorrected))
                                              .toList();
            Entry target = correctable.get(random.nextInt(correctable.size()));
            return new EntryCorrected(id, new EventId(target.eventId()), target.sequence(), target.type(),
                                      "Wrong figure", "Corrected text " + random.nextInt(1_000));
        }

        private List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            FindingType[] types = FindingType.values();
            for (int i = 0; i <= random.nextInt(3); i++) {
                findings.add(new Finding(types[random.nextInt(types.length)], "Finding " + random.nextInt(1_000)));
            }
            return findings;
        }
    }
}
