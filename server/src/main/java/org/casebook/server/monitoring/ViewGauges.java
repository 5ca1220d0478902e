package org.casebook.server.monitoring;

import java.time.Duration;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.query.rebuild.ViewStates;
import org.casebook.query.rebuild.ViewStates.Overview;
import org.casebook.query.rebuild.ViewStates.ViewState;
import org.springframework.stereotype.Component;

/**
 * The journal's head and how every view stands against it, as the admin's operations screen shows them
 * ({@link ViewStates}): casebook_journal_head_position, and per view casebook_view_position,
 * casebook_view_lag_positions, casebook_view_dead_letters and casebook_view_segments (those this node processes).
 * One scrape reads the store once: the overview is kept for {@link #KEPT} and shared by the gauges.
 */
@Component
public class ViewGauges {

    /** A scrape reads every gauge at once; an overview this fresh is read again rather than asked for again. */
    static final Duration KEPT = Duration.ofSeconds(1);

    private final ViewStates states;
    private Overview overview;
    private long readAt;

    /** Timed on the machine's own clock, not the server's (which tests move). */
    public ViewGauges(ViewStates states, MeterRegistry meters) {
        this.states = states;
        Gauge.builder("casebook.journal.head.position", this, gauges -> gauges.overview().head())
             .description("The journal's last position").register(meters);
        for (String view : ViewCatalog.NAMES) {
            gauge(meters, "casebook.view.position", "The journal position the view has processed", view,
                  ViewState::position);
            gauge(meters, "casebook.view.lag.positions", "How many positions the view is behind the journal's head",
                  view, ViewState::lag);
            gauge(meters, "casebook.view.dead.letters", "Events the view holds parked (dead letters)", view,
                  ViewState::parked);
            gauge(meters, "casebook.view.segments", "How many of the view's segments this node processes", view,
                  ViewState::segmentsHere);
        }
    }

    private void gauge(MeterRegistry meters, String name, String description, String view,
                       ToDoubleFunction<ViewState> value) {
        Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.of(view)))
             .description(description).tag("view", view).register(meters);
    }

    private ViewState of(String view) {
        return overview().views().stream().filter(state -> state.view().equals(view)).findFirst().orElseThrow();
    }

    private synchronized Overview overview() {
        long now = System.nanoTime();
        if (overview == null || now - readAt > KEPT.toNanos()) {
            overview = states.overview();
            readAt = now;
        }
        return overview;
    }
}
