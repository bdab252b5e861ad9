package org.pharmapipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.collection.RecordKind;
import org.pharmapipeline.company.CompanyFilter;
import org.pharmapipeline.indication.IndicationFilter;
import org.pharmapipeline.indication.Indications;
import org.pharmapipeline.marketestimate.MarketEstimateFilter;
import org.pharmapipeline.orphandesignation.OrphanDesignationFilter;
import org.pharmapipeline.productcandidate.ProductCandidateFilter;
import org.pharmapipeline.productcandidate.ProductStatus;
import org.pharmapipeline.web.QueryParamConverters;

/**
 * Under a Turkish default locale, "i".toUpperCase() is "İ" and "I".toLowerCase() is "ı": a service
 * that changed case by the default locale would read ?status=active as ACTİVE and refuse it. Every
 * case change in the service is by Locale.ROOT, so a server set up in Turkey reads what any other
 * reads.
 */
@Tag("plain")
class TurkishLocaleTest {

    static Locale before;

    @BeforeAll
    static void runInTurkey() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertEquals("ACTİVE", "active".toUpperCase(), "the default locale is Turkish");
    }

    @AfterAll
    static void comeBack() {
        Locale.setDefault(before);
    }

    @SuppressWarnings("unused")
    void parameters(@jakarta.ws.rs.QueryParam("status") ProductStatus status) {}

    @Test
    void shouldReadAnEnumParameterWrittenInLowerCase() throws NoSuchMethodException {
        Method method = getClass().getDeclaredMethod("parameters", ProductStatus.class);
        assertEquals(
                ProductStatus.ACTIVE,
                new QueryParamConverters()
                        .getConverter(
                                ProductStatus.class,
                                ProductStatus.class,
                                method.getParameters()[0].getAnnotations())
                        .fromString("active"));
    }

    @Test
    void shouldFilterByCodesWrittenInAnyCase() {
        CompanyFilter companies = new CompanyFilter();
        companies.country = "it";
        companies.ticker = "epci";
        assertEquals(Map.of("p0", "IT", "p1", "EPCI"), companies.where().params());

        IndicationFilter indications = new IndicationFilter();
        indications.region = "it";
        assertEquals(Map.of("p0", "IT"), indications.where().params());

        OrphanDesignationFilter designations = new OrphanDesignationFilter();
        designations.region = "it";
        assertEquals(Map.of("p0", "IT"), designations.where().params());

        MarketEstimateFilter estimates = new MarketEstimateFilter();
        estimates.region = "it";
        estimates.currency = "chf";
        assertEquals(Map.of("p0", "IT", "p1", "CHF"), estimates.where().params());

        ProductCandidateFilter candidates = new ProductCandidateFilter();
        candidates.therapeuticArea = "IMMUNOLOGY";
        candidates.q = "INN";
        assertEquals(Map.of("p0", "%inn%", "p1", "immunology"), candidates.where().params());
    }

    @Test
    void shouldNameKindsAndTagsAsEverywhereElse() {
        assertEquals(new RecordKind("INDICATION"), RecordKind.of("indications"));
        assertEquals("Indications", Indications.COLLECTION.tag());
        assertEquals("indications", Indications.COLLECTION.datasetSection());
    }
}
