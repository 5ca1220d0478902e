package org.casebook.command.funds;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a congressional notification of funds holds for each authority, as configuration
 * ({@code casebook.funds.authorities[i]}). Read only when a notification or a waiver is recorded (and copied into
 * it), or when money is obligated; never when a report is built, so reports stay reproducible.
 */
@ConfigurationProperties("casebook.funds")
public record NotificationSettings(List<Terms> authorities) {

    /**
     * The terms of one authority: {@code authority} is a regular expression found (ignoring case) in the authority
     * a funding source was registered under (so "s(ection|\.) ?1207" serves FY2008 NDAA s.1207 and every later
     * year); the {@code account} and the {@code committees} notified; the {@code waitingDays} after transmission
     * before money may be obligated; whether notice is required before obligating at all; and within how many
     * days after a waiver of the wait the notification is due.
     */
    public record Terms(String authority, String account, List<String> committees, int waitingDays,
                        boolean noticeRequired, int notifyWithinDaysOfWaiver) {

        public Terms {
            if (authority == null || authority.isBlank() || account == null || account.isBlank()) {
                throw new IllegalArgumentException("casebook.funds.authorities: each needs an authority (a pattern) "
                                                           + "and an account");
            }
            Pattern.compile(authority);
            committees = List.copyOf(committees == null ? List.of() : committees);
            if (committees.isEmpty() || waitingDays < 0 || notifyWithinDaysOfWaiver < 0) {
                throw new IllegalArgumentException("casebook.funds.authorities[" + authority + "]: name the committees "
                                                           + "notified; waiting-days and notify-within-days-of-waiver "
                                                           + "are zero or more");
            }
        }

        boolean serves(String registeredAuthority) {
            return Pattern.compile(authority, Pattern.CASE_INSENSITIVE).matcher(registeredAuthority).find();
        }
    }

    public NotificationSettings {
        authorities = List.copyOf(authorities == null ? List.of() : authorities);
    }

    /** None: no authority has terms, so none requires notice (tests of other rules). */
    public static NotificationSettings none() {
        return new NotificationSettings(List.of());
    }

    /** The terms of the first authority listed that serves {@code registeredAuthority}; empty if none does. */
    public Optional<Terms> of(String registeredAuthority) {
        return authorities.stream().filter(terms -> terms.serves(registeredAuthority)).findFirst();
    }
}
