package org.pharmapipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.productcandidate.ProductStatus;

@Tag("plain")
class QueryParamConvertersTest {

    static final QueryParamConverters CONVERTERS = new QueryParamConverters();

    /** The parameters whose annotations name them, as a resource method declares them. */
    @SuppressWarnings("unused")
    void parameters(
            @PathParam("id") UUID id,
            @QueryParam("from") LocalDate from,
            @QueryParam("page") int page,
            @QueryParam("expected") Boolean expected,
            @QueryParam("status") ProductStatus status,
            @HeaderParam("If-Match") String ifMatch) {}

    @Test
    void shouldReadOnlyCanonicalUuids() {
        ParamConverter<UUID> id = converter("id", UUID.class);
        UUID ceplene = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000201");
        assertEquals(ceplene, id.fromString(" 3F6C2A7E-0C1D-4A55-9A10-000000000201 "));
        assertRefused(id, "1-1-1-1-1", "id", "must be a UUID");
        assertRefused(id, ceplene + "0", "id", "must be a UUID");
        assertNull(id.fromString(null));
    }

    @Test
    void shouldReadDatesNumbersAndBooleansOrNameTheParameter() {
        assertEquals(
                LocalDate.of(2008, 2, 1),
                converter("from", LocalDate.class).fromString("2008-02-01"));
        assertRefused(
                converter("from", LocalDate.class),
                "2008-02-30",
                "from",
                "must be a date (YYYY-MM-DD)");
        assertEquals(42, converter("page", int.class).fromString(" 42 "));
        assertRefused(converter("page", int.class), "abc", "page", "must be a whole number");
        assertEquals(Boolean.TRUE, converter("expected", Boolean.class).fromString("TRUE"));
        assertEquals(Boolean.FALSE, converter("expected", Boolean.class).fromString("false"));
        assertRefused(
                converter("expected", Boolean.class), "yes", "expected", "must be true or false");
    }

    @Test
    void shouldReadEnumConstantsInAnyCaseAndListThemWhenWrong() {
        ParamConverter<ProductStatus> status = converter("status", ProductStatus.class);
        assertEquals(ProductStatus.SUSPENDED, status.fromString(" suspended"));
        assertRefused(status, "paused", "status", "must be one of ACTIVE, SUSPENDED, DISCONTINUED");
    }

    @Test
    void shouldLeaveOtherTypesToTheFramework() {
        assertNull(CONVERTERS.getConverter(String.class, String.class, annotations("ifMatch")));
    }

    private static <T> ParamConverter<T> converter(String parameter, Class<T> type) {
        return CONVERTERS.getConverter(type, type, annotations(parameter));
    }

    static Annotation[] annotations(String parameter) {
        Method method =
                Arrays.stream(QueryParamConvertersTest.class.getDeclaredMethods())
                        .filter(m -> m.getName().equals("parameters"))
                        .findFirst()
                        .orElseThrow();
        for (Parameter p : method.getParameters()) {
            if (p.getName().equals(parameter)) {
                return p.getAnnotations();
            }
        }
        throw new IllegalArgumentException(parameter);
    }

    private static void assertRefused(
            ParamConverter<?> converter, String value, String field, String message) {
        ProblemException e =
                assertThrows(ProblemException.class, () -> converter.fromString(value));
        assertEquals(400, e.status());
        assertEquals(field, e.violations().get(0).field());
        assertEquals(message, e.violations().get(0).message());
    }
}
