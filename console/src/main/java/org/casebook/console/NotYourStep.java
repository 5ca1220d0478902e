package org.casebook.console;

/**
 * A form the person is not offered: a step on a record that is another body's to take (a handover proposed to
 * another body, say). The not-allowed page, saying why; the record itself would refuse the step.
 */
public class NotYourStep extends RuntimeException {

    public NotYourStep(String why) {
        super(why);
    }
}
