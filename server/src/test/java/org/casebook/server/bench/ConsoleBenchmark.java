package org.casebook.server.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casebook.command.Actor;
import org.casebook.command.CommandContext;
import org.casebook.command.CommandDispatcher;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.FindingType;
import org.casebook.kernel.crisis.MoveCrisisToStage;
import org.casebook.kernel.crisis.OpenCrisis;
import org.casebook.kernel.crisis.RecordAssessment;
import org.casebook.kernel.crisis.RecordDecision;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.AllocateFunds;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.ObligateFunds;
import org.casebook.kernel.funds.RegisterFundingSource;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.SyntheticJournal;
import org.casebook.query.ViewProgress;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.server.testing.CasebookInstance;

/**
 * The console's speed on a large journal (issue 15): seeds {@code cases} cases and {@code entries} entries through
 * the command dispatcher (the rules, the journal's chain, the views following), one case with 500 entries and
 * every case with money from shared funding sources; then, signed in through the sign-in form as a coordinator,
 * times over HTTP the board (first page and a filtered one), the page of the 500-entry case, and a decision sent
 * through its form with the case page it leads to. Each figure is the time to the full response body, as median, p90
 * and range after a warm-up.
 * <p>
 * Arguments: {@code [data folder] [entries] [cases]}; the data folder (default {@code /tmp/casebook-console-bench})
 * is kept, and a later run on it measures the history seeded before instead of seeding again.
 */
public final class ConsoleBenchmark {

    private static final int BIG_CASE = 500;
    private static final int SOURCES = 8;
    private static final int FY = 2027;
    /** Cases opened through commands with money: each with allocations and obligations from two sources. */
    private static final int FUNDED = 60;
    private static final int SOURCES_PER_CASE = 2;
    private static final int ALLOCATIONS = 4;
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 60;
    private static final int DECISIONS = 30;
    private static final String SEEDED = "seeded.properties";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Actor COORDINATOR = new Actor(CasebookInstance.userFor("COORDINATOR"), "COORDINATOR", "CRSG",
                                                       true);

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/tmp/casebook-console-bench");
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int cases = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Files.createDirectories(data);
        Path seeded = data.resolve(SEEDED);
        String bigCase;
        if (Files.exists(seeded)) {
            bigCase = Files.readString(seeded).strip();
            System.out.println("reusing the history seeded in " + data + "; the 500-entry case is " + bigCase);
        } else {
            bigCase = seed(data, entries, cases);
            Files.writeString(seeded, bigCase + "\n");
        }
        CasebookInstance casebook = start(data);
        try {
            long head = casebook.head();
            awaitViews(casebook, head);
            System.out.printf("journal head %,d; load: %s%n", head, load());
            measure(casebook.baseUrl(), bigCase);
            System.out.printf("load: %s%n", load());
        } finally {
            casebook.close();
        }
    }

    private static CasebookInstance start(Path data) {
        return CasebookInstance.startIn(data, Map.of("casebook.handovers.deadline-check", "3650d"));
    }

    // ---- seeding ----

    /**
     * Seeds the history; returns the id of the 500-entry case. The bulk of the cases (each about 200 entries of
     * every kind) is written into the empty journal as a valid chain by {@link SyntheticJournal}, as
     * LargeHistoryRebuildTest does: through commands, each of their 100,000 entries would load its case first, which
     * took about 18 commands a second here. The server then starts again on that journal, and the 500-entry case and
     * the money go through the command dispatcher: the rules, the engine's appends, the views following.
     */
    private static String seed(Path data, int entries, int cases) throws Exception {
        int commanded = BIG_CASE + FUNDED * (2 + SOURCES_PER_CASE * 2 * ALLOCATIONS) + SOURCES + 2;
        long started = System.nanoTime();
        CasebookInstance bulk = CasebookInstance.startIn(data, Map.of("casebook.bodies.list-at-start", "false",
                                                                      "casebook.handovers.deadline-check", "3650d"));
        try {
            SyntheticJournal.writeVaried(bulk.bean(Store.class).database(), entries - commanded,
                                         cases - 1 - FUNDED, 7);
            System.out.printf("%,d entries of %d cases written into the journal in %.1f s%n", entries - commanded,
                              cases - 1 - FUNDED, (System.nanoTime() - started) / 1e9);
        } finally {
            bulk.close();
        }
        CaseId big = CaseId.generate();
        CasebookInstance casebook = start(data);
        try {
            CommandDispatcher dispatcher = casebook.bean(CommandDispatcher.class);
            List<FundingSourceId> sources = new ArrayList<>();
            for (int s = 0; s < SOURCES; s++) {
                RegisterFundingSource register = new RegisterFundingSource(
                        FundingSourceId.of("Bench Authority " + (s + 1), FY), "Bench Authority " + (s + 1), FY,
                        Amount.of("1000000000"));
                send(dispatcher, register);
                sources.add(register.sourceId());
            }
            open(dispatcher, big, 0);
            int decisions = 0;
            for (int entry = 1; entry < BIG_CASE; entry++) {
                decisions = record(dispatcher, big, 0, entry, decisions);
            }
            System.out.printf("the 500-entry case recorded through commands after %.1f s%n",
                              (System.nanoTime() - started) / 1e9);
            for (int i = 1; i <= FUNDED; i++) {
                CaseId funded = CaseId.generate();
                open(dispatcher, funded, i);
                record(dispatcher, funded, i, 2, 0);
                for (int s = 0; s < SOURCES_PER_CASE; s++) {
                    FundingSourceId source = sources.get((i + s * 3) % SOURCES);
                    for (int a = 0; a < ALLOCATIONS; a++) {
                        EntryNumber allocation = (EntryNumber) send(dispatcher, new AllocateFunds(
                                source, funded, "Project " + (a + 1), Sector.values()[(i + a) % 5],
                                Amount.of("250000.00"), DecisionId.number(1))).result();
                        send(dispatcher, new ObligateFunds(source, funded, allocation, Amount.of("120000.00"),
                                                           "Grant to partner " + i + "-" + a));
                    }
                }
            }
            for (int s = 0; s < SOURCES; s++) {
                EntryNumber allocation = (EntryNumber) send(dispatcher, new AllocateFunds(
                        sources.get(s), big, "Project " + (s + 1), Sector.values()[s % 5],
                        Amount.of("500000.00"), DecisionId.number(1))).result();
                send(dispatcher, new ObligateFunds(sources.get(s), big, allocation, Amount.of("200000.00"),
                                                   "Contract " + (s + 1)));
            }
            System.out.printf("%d funded cases and their money recorded through commands; seeded in %.1f s%n",
                              FUNDED, (System.nanoTime() - started) / 1e9);
        } finally {
            casebook.close();
        }
        return big.value();
    }

    private static final String[] COUNTRIES = {"SD", "SS", "ML", "HT", "YE", "SO", "CD", "MM", "AF", "NE"};
    private static final Stage[] STAGES = {Stage.ASSESSMENT, Stage.POLICY, Stage.PLANNING, Stage.OPERATIONS};

    private static void open(CommandDispatcher dispatcher, CaseId id, int index) {
        String country = COUNTRIES[index % COUNTRIES.length];
        send(dispatcher, new OpenCrisis(id, "Case " + (index + 1) + " " + country + " stabilization",
                                        new CountryCode(country), null, "Benchmark case " + (index + 1), Stage.WATCH,
                                        Sensitivity.UNCLASSIFIED, new Body("CRSG"),
                                        new Coordinator(CasebookInstance.COORDINATOR_NAME)));
    }

    /**
     * The case's entry of this number: mostly decisions (every tenth superseding the one before), assessments, moves;
     * returns how many decisions the case has after it.
     */
    private static int record(CommandDispatcher dispatcher, CaseId id, int index, int entry, int decisions) {
        if (entry % 40 == 1) {
            send(dispatcher, new RecordAssessment(id, List.of(
                    new Finding(FindingType.CORE_GRIEVANCE, "Grievance seen in round " + entry),
                    new Finding(FindingType.KEY_ACTOR, "Local council, round " + entry)), "Assessment round " + entry));
        } else if (entry % 50 == 25 && entry / 50 < STAGES.length) {
            send(dispatcher, new MoveCrisisToStage(id, STAGES[entry / 50], null, null));
        } else {
            int number = decisions + 1;
            send(dispatcher, new RecordDecision(id, "Decision " + number + " on case " + (index + 1),
                    "Rationale of decision " + number + ": the situation as assessed calls for it.",
                    List.of("Act now", "Wait a week"), new Body("CRSG"), "PS-" + (number % 7 + 1),
                    number % 10 == 0 ? DecisionId.number(decisions) : null, null));
            return number;
        }
        return decisions;
    }

    private static org.casebook.command.Receipt send(CommandDispatcher dispatcher, AddressedCommand command) {
        return dispatcher.dispatch(command, new CommandContext(COORDINATOR, null, null, null));
    }

    private static void awaitViews(CasebookInstance casebook, long head) throws InterruptedException {
        long started = System.nanoTime();
        ViewProgress progress = casebook.bean(ViewProgress.class);
        for (String view : ViewCatalog.NAMES) {
            while (progress.position(view) < head) {
                Thread.sleep(200);
            }
        }
        System.out.printf("views at the head after %.1f s more%n", (System.nanoTime() - started) / 1e9);
    }

    // ---- measuring ----

    private static void measure(String base, String bigCase) throws Exception {
        Session session = Session.signIn(base);
        String caseTitle = Pattern.compile("<title>([^<]*)</title>").matcher(session.get("/cases/" + bigCase).body())
                                  .results().map(m -> m.group(1)).findFirst().orElse("?");
        System.out.println("the 500-entry case's page: " + caseTitle.strip());
        report("board, first page (GET /board)", time(() -> session.get("/board")));
        report("board, filtered (stage, country, by title)",
               time(() -> session.get("/board?stage=ASSESSMENT&country=SD&sort=TITLE")));
        report("board, page 10 (GET /board?page=9)", time(() -> session.get("/board?page=9")));
        report("case page of the 500-entry case", time(() -> session.get("/cases/" + bigCase)));
        report("decision sent + case page after (read-your-writes)", decisions(session, bigCase));
    }

    /** Each decision: its form read (untimed), then the POST and the page it redirects to (timed together). */
    private static long[] decisions(Session session, String bigCase) throws Exception {
        long[] times = new long[DECISIONS];
        for (int i = -5; i < DECISIONS; i++) {
            String form = session.get("/cases/" + bigCase + "/decisions/new").body();
            String version = hidden(form, "version");
            String key = hidden(form, "idempotencyKey");
            String body = form(Map.of("_csrf", token(form), "version", version, "idempotencyKey", key,
                                      "decision", "Benchmark decision " + UUID.randomUUID(),
                                      "rationale", "Timed from the console", "optionsConsidered", "Act",
                                      "decidingBody", "CRSG", "authority", "PS-1"));
            long started = System.nanoTime();
            HttpResponse<String> sent = session.post("/cases/" + bigCase + "/decisions", body);
            String location = sent.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("the decision was refused: " + sent.statusCode()));
            HttpResponse<String> shown = session.get(URI.create(location).getRawPath() + "?"
                                                     + URI.create(location).getRawQuery());
            long took = System.nanoTime() - started;
            if (shown.statusCode() != 200 || !shown.body().contains("Benchmark decision")) {
                throw new IllegalStateException("the case page after the decision does not show it");
            }
            if (i >= 0) {
                times[i] = took;
            }
        }
        return times;
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static long[] time(Request request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            check(request.send());
        }
        long[] times = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = request.send();
            times[i] = System.nanoTime() - started;
            check(response);
        }
        return times;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-52s median %6.1f ms  p90 %6.1f ms  range %6.1f-%6.1f ms  (%d requests)%n", what,
                          ms(sorted[(sorted.length - 1) / 2]), ms(sorted[(int) Math.ceil(sorted.length * 0.9) - 1]),
                          ms(sorted[0]), ms(sorted[sorted.length - 1]), sorted.length);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The machine's load average over one and five minutes, as /proc/loadavg says. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0]
                    + " " + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String hidden(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " on the form");
        }
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                     .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                             + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                     .collect(Collectors.joining("&"));
    }

    /** A browser's session: signed in through the form, its cookie kept, redirects not followed. */
    private record Session(String base, HttpClient client) {

        static Session signIn(String base) throws Exception {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                                          .followRedirects(HttpClient.Redirect.NEVER).build();
            Session session = new Session(base, client);
            String page = session.get("/sign-in").body();
            HttpResponse<String> signedIn = session.post("/sign-in", form(Map.of(
                    "_csrf", token(page), "username", CasebookInstance.userFor("COORDINATOR"),
                    "password", CasebookInstance.PASSWORD)));
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in refused: " + signedIn.statusCode() + " " + signedIn.headers());
            }
            return session;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                               HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                                          .header("Content-Type", "application/x-www-form-urlencoded")
                                          .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                               HttpResponse.BodyHandlers.ofString());
        }
    }
}
