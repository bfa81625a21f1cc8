package health.clinicapi.snippet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.Problem;

/** A validated snippet request: exactly one source, one to {@value #MAX_LENGTHS} distinct lengths, a known format. */
record SnippetQuery(String article, String indication, List<Integer> lengths, SnippetFormat format, String locale,
        Utm utm) {

    static final int MIN_LENGTH = 20;
    static final int MAX_LENGTH = 5000;
    static final int MAX_LENGTHS = 5;

    /** The request, or a 400 problem listing every invalid parameter. */
    static SnippetQuery parse(String article, String indication, List<String> maxLengths, String format,
            String locale, Utm utm) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean hasArticle = article != null && !article.isBlank();
        boolean hasIndication = indication != null && !indication.isBlank();
        if (hasArticle == hasIndication) {
            String message = hasArticle
                    ? "cannot be combined with indication: give exactly one of article or indication"
                    : "give exactly one of article or indication";
            errors.add(new Problem.FieldError("article", message));
            errors.add(new Problem.FieldError("indication", message));
        }
        List<Integer> lengths = lengths(maxLengths, errors);
        SnippetFormat parsed = format == null || format.isEmpty() ? SnippetFormat.TEXT : SnippetFormat.parse(format);
        if (parsed == null) {
            errors.add(new Problem.FieldError("format", "must be one of text, html, markdown"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new SnippetQuery(hasArticle ? article : null, hasIndication ? indication : null, lengths, parsed,
                locale == null || locale.isEmpty() ? null : locale, utm);
    }

    private static List<Integer> lengths(List<String> values, List<Problem.FieldError> errors) {
        if (values == null || values.isEmpty()) {
            errors.add(new Problem.FieldError("maxLength", "is required: one to " + MAX_LENGTHS + " lengths"));
            return List.of();
        }
        if (values.size() > MAX_LENGTHS) {
            errors.add(new Problem.FieldError("maxLength", "at most " + MAX_LENGTHS + " lengths in one request"));
        }
        Set<Integer> lengths = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String field = values.size() == 1 ? "maxLength" : "maxLength[" + i + "]";
            Integer value = integer(values.get(i));
            if (value == null) {
                errors.add(new Problem.FieldError(field, "must be a whole number"));
            } else if (value < MIN_LENGTH || value > MAX_LENGTH) {
                errors.add(new Problem.FieldError(field,
                        "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters"));
            } else if (!lengths.add(value)) {
                errors.add(new Problem.FieldError(field, "repeats " + value + "; ask for each length once"));
            }
        }
        return List.copyOf(lengths);
    }

    /** The whole number written, Integer.MAX_VALUE or MIN_VALUE when too long to be in range, or null. */
    private static Integer integer(String value) {
        String digits = value == null ? "" : value.strip();
        if (!digits.matches("-?[0-9]{1,18}")) {
            return null;
        }
        long parsed = Long.parseLong(digits);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsed));
    }
}
