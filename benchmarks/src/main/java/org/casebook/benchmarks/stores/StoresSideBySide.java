package org.casebook.benchmarks.stores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Casebook's journal beside Axon's JPA-on-H2 and in-memory stores (issue 17): the same {@link Workload} through
 * each, in one JVM, fresh stores every round, the order of the stores rotated from round to round so that the
 * machine's drift falls on all alike. Prints each figure's median and range over the rounds, and Casebook's ratios
 * to the others beside the targets. Run (docs/benchmarks.md):
 * {@code ./mvnw -B -P bench-stores -pl benchmarks -am -DskipTests verify}, sizes by {@code -Dbench.args="3 500 1500 2000 9"}
 * (the defaults; see {@link Sizes}).
 */
public final class StoresSideBySide {

    private static final CandidateStore CASEBOOK = new CasebookJournalStore();
    private static final List<CandidateStore> STORES = List.of(new JpaH2Store(), new InMemoryStore(), CASEBOOK);

    private StoresSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Sizes sizes = Sizes.from(args);
        System.out.printf("Stores side by side: %s; Java %s, %d processors, heap %d MB%n", sizes,
                          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                          Runtime.getRuntime().maxMemory() >> 20);

        Sizes warmUp = sizes.warmUp();
        for (CandidateStore store : STORES) {
            runOnce(store, new Workload(warmUp), "warm");
        }
        System.out.println("warm-up round done (" + warmUp + "), not counted");

        Map<CandidateStore, Map<Measure, List<Double>>> figures = new LinkedHashMap<>();
        STORES.forEach(store -> figures.put(store, new EnumMap<>(Measure.class)));
        Workload workload = new Workload(sizes);
        for (int round = 0; round < sizes.rounds(); round++) {
            for (CandidateStore store : rotated(round)) {
                Map<Measure, Double> measured = runOnce(store, workload, "r" + round);
                measured.forEach((measure, value) -> figures.get(store).computeIfAbsent(measure, m -> new ArrayList<>())
                                                            .add(value));
                System.out.printf("round %d, %-36s %s%n", round + 1, store.name() + ":", line(measured));
            }
        }
        print(figures);
    }

    /** Round {@code round} starts with the store after the previous round's first. */
    private static List<CandidateStore> rotated(int round) {
        List<CandidateStore> order = new ArrayList<>();
        for (int i = 0; i < STORES.size(); i++) {
            order.add(STORES.get((round + i) % STORES.size()));
        }
        return order;
    }

    private static Map<Measure, Double> runOnce(CandidateStore candidate, Workload workload, String round)
            throws Exception {
        System.gc(); // the previous store's garbage is not this one's to collect
        Path folder = Files.createTempDirectory("casebook-stores-");
        try (OpenedStore store = candidate.open(folder)) {
            return workload.run(store, round);
        } finally {
            delete(folder);
        }
    }

    private static String line(Map<Measure, Double> measured) {
        StringBuilder line = new StringBuilder();
        measured.forEach((measure, value) -> line.append(String.format("%s %s %s; ", measure.label,
                                                                        figure(value), measure.unit)));
        return line.toString();
    }

    private static void print(Map<CandidateStore, Map<Measure, List<Double>>> figures) {
        System.out.println();
        System.out.printf("%-38s %-36s %10s %20s%n", "measure", "store", "median", "range over rounds");
        for (Measure measure : Measure.values()) {
            for (CandidateStore store : STORES) {
                List<Double> values = figures.get(store).get(measure);
                System.out.printf("%-38s %-36s %10s %20s%n", measure.label + " (" + measure.unit + ")", store.name(),
                                  figure(median(values)),
                                  figure(min(values)) + " - " + figure(max(values)));
            }
        }
        System.out.println();
        System.out.printf("%-38s %-24s %-24s %-20s %s%n", "Casebook's ratio (of medians; rounds)", "to JPA/H2",
                          "to in-memory", "target", "met");
        for (Measure measure : Measure.values()) {
            double casebook = median(figures.get(CASEBOOK).get(measure));
            double toJpa = casebook / median(figures.get(STORES.get(0)).get(measure));
            double toMemory = casebook / median(figures.get(STORES.get(1)).get(measure));
            double againstTarget = measure.targetAgainst.equals(STORES.get(0).shortName()) ? toJpa : toMemory;
            System.out.printf("%-38s %-24s %-24s %-20s %s%n", measure.label, ratio(toJpa, figures, measure, 0),
                              ratio(toMemory, figures, measure, 1), measure.target(),
                              measure.met(againstTarget) ? "yes" : "no");
        }
    }

    /** The ratio of the medians, and the range of the ratios round by round. */
    private static String ratio(double ofMedians, Map<CandidateStore, Map<Measure, List<Double>>> figures,
                                Measure measure, int other) {
        List<Double> casebook = figures.get(CASEBOOK).get(measure);
        List<Double> theirs = figures.get(STORES.get(other)).get(measure);
        List<Double> perRound = new ArrayList<>();
        for (int round = 0; round < casebook.size(); round++) {
            perRound.add(casebook.get(round) / theirs.get(round));
        }
        return String.format("%.2fx (%.2f-%.2f)", ofMedians, min(perRound), max(perRound));
    }

    private static String figure(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
