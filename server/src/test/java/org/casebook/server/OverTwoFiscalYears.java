package org.casebook.server;

import org.casebook.server.testing.Api;
import org.casebook.server.testing.TwoFiscalYears;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.TestInstance;

/**
 * The tests of reports over the history of {@link TwoFiscalYears}: one test instance per class, so that each class
 * records the history once, on a server of its own, and no class sees what another changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OverTwoFiscalYears {

    @AutoClose
    final TwoFiscalYears history = TwoFiscalYears.record();
    final Api reporter = history.reporter;
    /** The position the history was recorded up to: reports as of it do not change whatever a test adds. */
    final long built = history.built;
}
