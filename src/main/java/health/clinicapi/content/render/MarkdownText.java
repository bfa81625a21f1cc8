package health.clinicapi.content.render;

/**
 * CommonMark escaping: text that can never become markup, link destinations and titles that keep their exact value,
 * and the flanking rules that decide whether an emphasis delimiter written around a text is read as one.
 */
final class MarkdownText {

    /** Significant anywhere in a line: escapes, code, emphasis, links and images, raw HTML, GFM tables and strikes. */
    private static final String INLINE = "\\`*_[]<#|~";
    /** Significant only as a line's first character: lists, block quotes, setext underlines, headings. */
    private static final String LINE_START = "-+=>";

    private MarkdownText() {
    }

    /**
     * Text escaped so that it reads back as itself. Line breaks become spaces: a paragraph is one line, so nothing in
     * it can start a block. Whatever starts the line still goes through {@link #lineStart}.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                    out.append(' ');
                }
            } else if (INLINE.indexOf(c) >= 0 || c == '&' && i + 1 < text.length() && entityStart(text.charAt(i + 1))) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A line whose first character cannot open a block: leading blanks (an indented code block) go, and a list
     * bullet, block quote, setext underline or ordered-list number ("2024." or "1)") is escaped.
     */
    static String lineStart(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        String rest = line.substring(start);
        if (rest.isEmpty()) {
            return rest;
        }
        if (LINE_START.indexOf(rest.charAt(0)) >= 0) {
            return "\\" + rest;
        }
        int digits = 0;
        while (digits < rest.length() && rest.charAt(digits) >= '0' && rest.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits < rest.length() && (rest.charAt(digits) == '.' || rest.charAt(digits) == ')')) {
            return rest.substring(0, digits) + "\\" + rest.substring(digits);
        }
        return rest;
    }

    /** A link or image destination in angle brackets, which may hold spaces and parentheses; entities stay literal. */
    static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length() + 2).append('<');
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (c == '<' || c == '>' || c == '\\' || c == '&') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('>').toString();
    }

    /** A link or image title in double quotes, or nothing for a blank one. */
    static String title(String title) {
        if (Labels.blank(title)) {
            return "";
        }
        StringBuilder out = new StringBuilder(title.length() + 3).append(" \"");
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '\r' || c == '\n') {
                if (!(c == '\n' && i > 0 && title.charAt(i - 1) == '\r')) {
                    out.append(' ');
                }
                continue;
            }
            if (c == '"' || c == '\\' || c == '&') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /**
     * Whether a run of {@code delimiter} between {@code before} and {@code after} can open emphasis (-1 stands for the
     * start or end of the line, which count as whitespace). It must under both definitions of punctuation that
     * CommonMark has had (0.31 added symbols such as emoji and currency signs), so every parser reads it the same.
     */
    static boolean canOpen(char delimiter, int before, int after) {
        return canOpen(delimiter, before, after, false) && canOpen(delimiter, before, after, true);
    }

    /** Whether a run of {@code delimiter} between {@code before} and {@code after} can close emphasis. */
    static boolean canClose(char delimiter, int before, int after) {
        return canClose(delimiter, before, after, false) && canClose(delimiter, before, after, true);
    }

    private static boolean canOpen(char delimiter, int before, int after, boolean symbols) {
        return leftFlanking(before, after, symbols)
                && (delimiter == '*' || !rightFlanking(before, after, symbols) || punctuation(before, symbols));
    }

    private static boolean canClose(char delimiter, int before, int after, boolean symbols) {
        return rightFlanking(before, after, symbols)
                && (delimiter == '*' || !leftFlanking(before, after, symbols) || punctuation(after, symbols));
    }

    private static boolean leftFlanking(int before, int after, boolean symbols) {
        return !whitespace(after)
                && (!punctuation(after, symbols) || whitespace(before) || punctuation(before, symbols));
    }

    private static boolean rightFlanking(int before, int after, boolean symbols) {
        return !whitespace(before)
                && (!punctuation(before, symbols) || whitespace(after) || punctuation(after, symbols));
    }

    /** The text without whitespace, as CommonMark counts it, at either end (Java's {@code strip} keeps no-break spaces). */
    static String trim(String text) {
        int start = 0;
        while (start < text.length() && whitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        int end = text.length();
        while (end > start && whitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Unicode whitespace as CommonMark counts it; -1 (start or end of line) counts too. */
    static boolean whitespace(int c) {
        return c == -1 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** ASCII punctuation and the Unicode punctuation categories, and with {@code symbols} the symbol ones too. */
    private static boolean punctuation(int c, boolean symbols) {
        if (c < 0) {
            return false;
        }
        if (c < 128) {
            return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION ->
                true;
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL ->
                symbols;
            default -> false;
        };
    }

    private static boolean entityStart(char c) {
        return c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
