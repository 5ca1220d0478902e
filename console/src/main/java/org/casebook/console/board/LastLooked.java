package org.casebook.console.board;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Where in the journal each person last looked at the board, so that it can mark what changed since. Kept by this
 * process while it runs: after a restart, or on another node, the board marks nothing until the next look.
 */
@Component
public class LastLooked {

    private final Map<String, Long> positions = new ConcurrentHashMap<>();

    /** {@code account} looks at the board at journal {@code position}: where they looked before, or null. */
    public Long look(String account, long position) {
        return positions.put(account, position);
    }
}
