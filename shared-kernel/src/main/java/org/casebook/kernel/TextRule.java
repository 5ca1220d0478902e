package org.casebook.kernel;

/**
 * The one rule for every text Casebook takes into its record, whatever field it fills. A text is refused when it
 * cannot be stored exactly (a lone UTF-16 surrogate has no UTF-8 form, so what was hashed would differ from what
 * was stored), when it holds control characters other than tab and line breaks (they corrupt exports, logs and
 * terminals), when it holds bidi overrides or isolates (they make a text read differently from what it says),
 * and when it is made only of invisible characters (it looks blank but is not).
 */
public final class TextRule {

    private TextRule() {
    }

    /** Why {@code text} may not be recorded, in words that follow a field's name; {@code null} when it may. */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        if (!isWellFormed(text)) {
            return "holds a lone UTF-16 surrogate, which cannot be stored exactly";
        }
        boolean visible = text.isEmpty();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isRefusedControl(cp)) {
                return String.format("holds the control character U+%04X", cp);
            }
            if (isBidiControl(cp)) {
                return String.format("holds the bidi control U+%04X, which makes text read differently from "
                                     + "what it says", cp);
            }
            visible |= !isInvisible(cp);
        }
        return visible ? null : "is made only of invisible characters";
    }

    /**
     * {@code text} with every character this rule refuses shown as U+FFFD, the replacement character: for texts
     * recorded before the rule, wherever they are written out (a file, a terminal). Tabs and line breaks stay.
     */
    public static String neutralised(String text) {
        if (text == null || problemWith(text) == null) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean lone = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE; // codePointAt gives it alone
            shown.appendCodePoint(lone || isRefusedControl(cp) || isBidiControl(cp) ? 0xFFFD : cp);
        }
        return shown.toString();
    }

    /** True when every surrogate of {@code text} is half of a pair, so its UTF-8 bytes give it back exactly. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRefusedControl(int cp) {
        return Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r';
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                // fillers that render as nothing although Unicode counts them as letters or symbols
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
    }
}
