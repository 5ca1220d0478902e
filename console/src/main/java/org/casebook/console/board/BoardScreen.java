package org.casebook.console.board;

import org.casebook.console.Shown;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.board.BoardPage;
import org.casebook.query.board.BoardQueries;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The status board in the browser: every case, filtered by stage and country, most recently active first. */
@Controller
public record BoardScreen(BoardQueries board) {

    static final int PAGE_SIZE = 25;

    @GetMapping("/board")
    public String board(@RequestParam(required = false) Stage stage,
                        @RequestParam(required = false) String country,
                        @RequestParam(defaultValue = "0") int page, Authentication caller, Model model) {
        CountryCode filter = country == null || country.isBlank() || !CountryCode.isValid(country) ? null
                : new CountryCode(country);
        int number = Math.max(0, page);
        BoardPage shown = NeedToKnow.board(caller, board.page(stage, filter, number, PAGE_SIZE));
        model.addAttribute("board", shown);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("countries", new Shown().countries());
        model.addAttribute("stage", stage);
        model.addAttribute("country", filter == null ? "" : filter.value());
        model.addAttribute("lastPage", Math.max(0, (int) ((shown.total() - 1) / PAGE_SIZE)));
        return "board";
    }
}
