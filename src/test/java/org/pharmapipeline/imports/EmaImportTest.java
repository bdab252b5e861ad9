package org.pharmapipeline.imports;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.AML;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EMA_ORPHAN_DESIGNATION;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.MELANOMA;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Acceptance 2 (EMA): the Ceplene facts of the EMA's exports join the bundled records. */
@QuarkusTest
@TestProfile(ImportProfile.class)
class EmaImportTest {

    @Test
    void shouldMatchTheBundledEuDesignationAndAddTheRefusedMelanomaDesignation() {
        JsonPath run =
                Uploads.imported(
                        "format=ema-orphan&fileName=ema-orphan-designations.xlsx&asOf=2026-12-01",
                        EmaWorkbooks.XLSX,
                        EmaWorkbooks.orphanDesignations());

        assertEquals("SUCCEEDED", run.getString("state"), Uploads.describe(run));
        assertEquals(4, run.getInt("rows.total"));
        String source = run.getString("source.id");

        // EU/3/05/272 of 2005-04-11 is the bundled designation: same record, now numbered.
        given().when()
                .get("/api/v1/orphan-designations/" + EMA_ORPHAN_DESIGNATION)
                .then()
                .statusCode(200)
                .body("designationNumber", equalTo("EU/3/05/272"))
                .body("designationDate", equalTo("2005-04-11"))
                .body("status", equalTo("EXPIRED"))
                .body("registerStatus", equalTo("Expired"))
                .body("designatedCondition", equalTo("Treatment of acute myeloid leukemia"))
                .body("product.id", equalTo(CEPLENE))
                .body("indication.id", equalTo(AML))
                .body("citations.sourceId", hasItem(source))
                .body("citations.locator", hasItem("row 5"));
        given().queryParam("product", CEPLENE)
                .queryParam("agency", "EMA")
                .queryParam("sort", "designationDate")
                .when()
                .get("/api/v1/orphan-designations")
                .then()
                .body("totalItems", equalTo(2))
                // The 2004-08-24 melanoma refusal is added, on Ceplene and its melanoma indication.
                .body("items[0].designationDate", equalTo("2004-08-24"))
                .body("items[0].status", equalTo("REFUSED"))
                .body("items[0].designationNumber", nullValue())
                .body("items[0].designatedCondition", equalTo("Treatment of malignant melanoma"))
                .body("items[0].indication.id", equalTo(MELANOMA))
                .body("items[0].citations[0].locator", equalTo("row 6"))
                .body("items[1].id", equalTo(EMA_ORPHAN_DESIGNATION));
        given().queryParam("q", "ceplene")
                .when()
                .get("/api/v1/product-candidates")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].emaProductNumber", equalTo("EMEA/H/C/000796"));

        JsonPath again =
                Uploads.imported(
                        "format=ema-orphan&fileName=ema-orphan-designations.xlsx&asOf=2026-12-01",
                        EmaWorkbooks.XLSX,
                        EmaWorkbooks.orphanDesignations());

        assertEquals("SUCCEEDED", again.getString("state"), Uploads.describe(again));
        assertEquals(4, again.getInt("rows.unchanged"), Uploads.describe(again));
    }

    @Test
    void shouldAddTheMarketingAuthorisationOfCepleneUnderExceptionalCircumstances() {
        JsonPath run =
                Uploads.imported(
                        "format=ema-medicines&fileName=medicines-output.xlsx",
                        EmaWorkbooks.XLSX,
                        EmaWorkbooks.medicines());

        assertEquals("SUCCEEDED", run.getString("state"), Uploads.describe(run));
        assertEquals(3, run.getInt("rows.total"));
        assertEquals(1, run.getInt("rows.skipped"), "the veterinary medicine");

        given().when()
                .get("/api/v1/product-candidates/" + CEPLENE)
                .then()
                .statusCode(200)
                .body("emaProductNumber", equalTo("EMEA/H/C/000796"))
                .body("atcCode", equalTo("L03AX14"))
                .body("flags", containsInAnyOrder("ORPHAN_MEDICINE", "EXCEPTIONAL_CIRCUMSTANCES"))
                .body("owner.id", equalTo(EPICEPT))
                .body("therapeuticAreas", hasItems("Oncology", "Leukemia, Myeloid, Acute"))
                .body("partners.role", hasItem("Marketing authorisation holder (EU)"))
                .body("citations.locator", hasItem("row 5"));
        given().queryParam("product", CEPLENE)
                .queryParam("type", "EC_DECISION")
                .when()
                .get("/api/v1/regulatory-events")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].date", equalTo("2008-10-07"))
                .body("items[0].agency", equalTo("EC"))
                .body("items[0].outcome", equalTo("POSITIVE"))
                .body("items[0].procedure", equalTo("EMEA/H/C/000796"))
                .body("items[0].indication.id", equalTo(AML))
                .body("items[0].description", containsString("under exceptional circumstances"));
        given().queryParam("product", CEPLENE)
                .queryParam("type", "CHMP_OPINION")
                .queryParam("sort", "date")
                .when()
                .get("/api/v1/regulatory-events")
                .then()
                // The expectation of the 2008 release stays beside the opinion the register dates.
                .body("items.date", containsInAnyOrder("2008-03-01", "2008-07-24"))
                .body("items.find { it.date == '2008-07-24' }.outcome", equalTo("POSITIVE"));
        given().queryParam("q", "examplevet")
                .when()
                .get("/api/v1/product-candidates")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("emaProductNumber", "EMEA/H/C/004321")
                .when()
                .get("/api/v1/product-candidates")
                .then()
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Refusamab"))
                .body("items[0].owner.name", equalTo("Refusa Pharma B.V."));

        JsonPath again =
                Uploads.imported(
                        "format=ema-medicines&fileName=medicines-output.xlsx",
                        EmaWorkbooks.XLSX,
                        EmaWorkbooks.medicines());

        assertEquals("SUCCEEDED", again.getString("state"), Uploads.describe(again));
        assertEquals(2, again.getInt("rows.unchanged"), Uploads.describe(again));
        assertEquals(1, again.getInt("rows.skipped"));
    }
}
