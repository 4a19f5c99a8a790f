package se.nyckeltal.explain;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code explain --json}: the explanation as one JSON object, field names in snake_case, dates
 * as {@code yyyy-MM-dd}, numbers at full precision, absent values null.
 */
public final class ExplanationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ExplanationJson() {}

    public static String of(Explanation explanation) {
        return MAPPER.writeValueAsString(explanation);
    }
}
