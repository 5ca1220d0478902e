package org.casebook.kernel.funds;

import java.util.Locale;
import java.util.regex.Pattern;

import org.casebook.kernel.SingleValue;

/**
 * A funding source, keyed by its authority and fiscal year (section numbers are reused across years), such as
 * {@code fy2008-ndaa-s-1207-fy2008} for "FY2008 NDAA s.1207" in FY2008.
 */
public record FundingSourceId(String value) implements SingleValue {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*-fy[0-9]{4}");

    public FundingSourceId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a funding source id is an authority and a fiscal year in lower case "
                                                       + "with dashes, such as ndaa-s-1207-fy2008, not " + value);
        }
    }

    public static FundingSourceId of(String authority, int fiscalYear) {
        String slug = authority.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return new FundingSourceId(slug + "-fy" + fiscalYear);
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= 120 && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
