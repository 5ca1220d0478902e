package org.casebook.query.roster;

import java.util.List;

public record RosterPage(List<ResponderOnRoster> items, int page, int size, long total) {
}
