package org.pharmapipeline;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Compares JSON numbers by value, whatever Java type REST Assured parsed them into, so that 47000,
 * 47000.0 and 4.7E+4 all equal 47000 and a p-value of 0.0096 is compared exactly.
 */
public final class JsonNumbers {

    /**
     * Parses non-integer JSON numbers as BigDecimal instead of float, so decimals compare exactly.
     */
    public static final RestAssuredConfig EXACT =
            RestAssuredConfig.config()
                    .jsonConfig(
                            JsonConfig.jsonConfig()
                                    .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private JsonNumbers() {}

    public static Matcher<Object> numberEqualTo(String expected) {
        BigDecimal wanted = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n
                        && new BigDecimal(n.toString()).compareTo(wanted) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number equal to ").appendValue(wanted);
            }
        };
    }
}
