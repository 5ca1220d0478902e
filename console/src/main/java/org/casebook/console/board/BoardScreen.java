package org.casebook.console.board;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.casebook.console.Shown;
import org.casebook.console.SignedIn;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.ViewProgress;
import org.casebook.query.board.BoardFilter;
import org.casebook.query.board.BoardPage;
import org.casebook.query.board.BoardQueries;
import org.casebook.query.directory.Directory;
import org.casebook.query.directory.DirectoryRecord;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.overdue.OverdueFlags;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The status board in the browser: every case, filtered by stage, country, lead body, flag and words of its title,
 * in the order asked (most recently active first); its rows update by themselves, and it has a wall display.
 */
@Controller
public record BoardScreen(BoardQueries board, DirectoryRecord directory, ViewProgress progress, LastLooked lastLooked,
                          Clock clock) {

    static final int PAGE_SIZE = 25;

    /** The longest text of a title searched for, as the API takes it. */
    static final int TITLE_SEARCHED = 200;

    private static final Shown SHOWN = new Shown();

    /** The orders of the board, as its sort control offers them. */
    private static final Map<String, String> ORDERS = orders();

    /** The board, marking the cases that changed since the person last looked at it. */
    @GetMapping("/board")
    public String board(Asked asked, Authentication caller, Model model) {
        long at = position();
        Long seen = lastLooked.look(SignedIn.of(caller).account(), at);
        show(asked, seen, at, caller, model);
        model.addAttribute("bodies", directory.read().bodies().bodies().stream().map(Directory.ListedBody::name)
                                              .toList());
        Map<String, String> flags = new LinkedHashMap<>();
        OverdueFlags.ALL.forEach(flag -> flags.put(flag, SHOWN.word(flag)));
        model.addAttribute("flags", flags);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("countries", SHOWN.countries());
        return "board";
    }

    /**
     * The rows of a board page as they are now, for the page to replace its own (it asks every few seconds); none
     * (204) while the views behind the board are where they were ({@code since}).
     */
    @GetMapping("/board/rows")
    public String rows(Asked asked, @RequestParam(required = false) Long seen, @RequestParam(defaultValue = "-1") long since,
                       Authentication caller, Model model, HttpServletResponse response) {
        long at = position();
        if (at == since) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        show(asked, seen, at, caller, model);
        return "board :: rows";
    }

    /** The board on the operations room's wall: large type, refreshed every minute, nothing to click. */
    @GetMapping("/board/wall")
    public String wall(Asked asked, Authentication caller, Model model) {
        show(asked, null, position(), caller, model);
        return "board-wall";
    }

    private void show(Asked asked, Long seen, long at, Authentication caller, Model model) {
        BoardFilter filter = asked.filter();
        int number = Math.max(0, asked.page() == null ? 0 : asked.page());
        BoardPage shown = NeedToKnow.board(caller, board.page(filter, NeedToKnow.cleared(caller), number, PAGE_SIZE));
        model.addAttribute("board", shown);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("orders", ORDERS);
        model.addAttribute("lastPage", Math.max(0, (int) ((shown.total() - 1) / PAGE_SIZE)));
        model.addAttribute("seen", seen);
        model.addAttribute("since", at);
        model.addAttribute("asOf", clock.instant());
    }

    /** Where the views behind the board have reached in the journal. */
    private long position() {
        return BoardQueries.READS.stream().mapToLong(progress::position).min().orElse(0);
    }

    /**
     * What the address asks of the board; text that names no stage, country, flag or order is no filter, as an
     * empty one: the board is a page to read, never an error.
     */
    public record Asked(String stage, String country, String lead, String flag, String title, String sort,
                        Integer page) {

        BoardFilter filter() {
            return new BoardFilter(known(Stage.class, stage), country == null || !CountryCode.isValid(country.strip())
                    ? null : new CountryCode(country.strip()), lead, flag != null && OverdueFlags.ALL.contains(flag) ? flag : null,
                                   title == null || title.length() > TITLE_SEARCHED ? null : title,
                                   known(BoardFilter.Order.class, sort));
        }
    }

    /** The filter as the query of an address, ending in {@code &} for what follows (the page). */
    private static String query(BoardFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        Optional.ofNullable(filter.title()).ifPresent(title -> query.queryParam("title", title));
        Optional.ofNullable(filter.stage()).ifPresent(stage -> query.queryParam("stage", stage.name()));
        Optional.ofNullable(filter.country()).ifPresent(country -> query.queryParam("country", country.value()));
        Optional.ofNullable(filter.leadBody()).ifPresent(lead -> query.queryParam("lead", lead));
        Optional.ofNullable(filter.flag()).ifPresent(flag -> query.queryParam("flag", flag));
        query.queryParam("sort", filter.order().name());
        return query.encode().build().getQuery() + "&";
    }

    private static Map<String, String> orders() {
        Map<String, String> orders = new LinkedHashMap<>();
        orders.put(BoardFilter.Order.ACTIVITY.name(), "Most recently active");
        orders.put(BoardFilter.Order.QUIET.name(), "Longest without activity");
        orders.put(BoardFilter.Order.TITLE.name(), "Title, A to Z");
        orders.put(BoardFilter.Order.OPENED.name(), "Most recently opened");
        return orders;
    }

    /** The constant named, or none when the text names none. */
    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
