package org.pharmapipeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.problem.ProblemException;

@Tag("plain")
class CountingTest {

    private static final List<CountField> FIELDS =
            List.of(
                    CountField.value(
                            "highestPhase",
                            "coalesce(e.highestPhaseRank, 0)",
                            rank -> Phase.ofRank(((Number) rank).intValue())),
                    CountField.value("agency"),
                    CountField.date("date"),
                    CountField.reference("owner", "name"),
                    CountField.element("therapeuticArea", "therapeuticAreas"));

    private static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(Arrays.asList(rows));
    }

    @Test
    void shouldGroupByEachFieldsExpressionsAndJoinWhatItNeeds() {
        Counting counting = Counting.of("owner,date:quarter", null, FIELDS);
        assertEquals(
                "select g0.id, g0.name, year(e.date), extract(quarter from e.date), count(*)"
                        + " from ProductCandidate e left join e.owner g0 where (e.status = :p0)"
                        + " group by g0.id, g0.name, year(e.date), extract(quarter from e.date)",
                counting.jpql("ProductCandidate", Where.create().eq("e.status", "ACTIVE")));
    }

    @Test
    void shouldAddBucketsUpToTheMatchedRecordsOnlyWhenNoFieldHasManyValuesARecord() {
        assertTrue(Counting.of("agency,date:year", null, FIELDS).bucketsPartitionRecords());
        assertTrue(Counting.of("owner,highestPhase", null, FIELDS).bucketsPartitionRecords());
        assertFalse(Counting.of("therapeuticArea", null, FIELDS).bucketsPartitionRecords());
        assertFalse(Counting.of("agency,therapeuticArea", null, FIELDS).bucketsPartitionRecords());
    }

    @Test
    void shouldOrderPhasesByProgressAndMissingValuesLast() {
        CountsResponse counts =
                Counting.of("highestPhase", null, FIELDS)
                        .response(rows(new Object[] {7, 1L}, new Object[] {0, 3L}), 4);
        assertEquals(
                List.of("UNKNOWN", "FILED"),
                counts.buckets().stream().map(b -> b.values().get("highestPhase")).toList());
        CountsResponse areas =
                Counting.of("therapeuticArea", null, FIELDS)
                        .response(
                                rows(
                                        new Object[] {null, 3L},
                                        new Object[] {"Oncology", 1L},
                                        new Object[] {"Haematology", 2L}),
                                5);
        assertEquals(
                Arrays.asList("Haematology", "Oncology", null),
                areas.buckets().stream().map(b -> b.values().get("therapeuticArea")).toList());
    }

    @Test
    void shouldPutTheLargestFirstWhenAskedWithTiesByValue() {
        CountsResponse counts =
                Counting.of("therapeuticArea", "-count", FIELDS)
                        .response(
                                rows(
                                        new Object[] {"Oncology", 1L},
                                        new Object[] {"Neurology", 4L},
                                        new Object[] {"Cardiology", 1L}),
                                6);
        assertEquals(
                List.of("Neurology", "Cardiology", "Oncology"),
                counts.buckets().stream().map(b -> b.values().get("therapeuticArea")).toList());
    }

    @Test
    void shouldWriteDateBucketsAsYearQuarterAndMonth() {
        assertEquals(
                "2008-Q1",
                Counting.of("date:quarter", null, FIELDS)
                        .response(rows(new Object[] {2008, 1, 3L}), 3)
                        .buckets()
                        .get(0)
                        .values()
                        .get("date"));
        assertEquals(
                "2008-03",
                Counting.of("date:month", null, FIELDS)
                        .response(rows(new Object[] {2008, 3, 1L}), 1)
                        .buckets()
                        .get(0)
                        .values()
                        .get("date"));
        assertEquals(
                List.of("2006", "2008"),
                Counting.of("date:year", null, FIELDS)
                        .response(rows(new Object[] {2008, 3L}, new Object[] {2006, 1L}), 4)
                        .buckets()
                        .stream()
                        .map(b -> b.values().get("date"))
                        .toList());
    }

    @Test
    void shouldNameAReferenceAndSortByItsName() {
        CountsResponse counts =
                Counting.of("owner", null, FIELDS)
                        .response(
                                rows(
                                        new Object[] {"b-id", "Myriad Genetics, Inc.", 1L},
                                        new Object[] {"a-id", "EpiCept Corporation", 3L}),
                                4);
        assertEquals(Map.of("owner", "a-id"), counts.buckets().get(0).values());
        assertEquals(Map.of("owner", "EpiCept Corporation"), counts.buckets().get(0).labels());
    }

    @Test
    void shouldRefuseWhatItCannotCount() {
        for (String by :
                List.of("", "colour", "date", "agency:year", "agency,agency", "agency,date:week")) {
            ProblemException problem =
                    assertThrows(ProblemException.class, () -> Counting.of(by, null, FIELDS), by);
            assertEquals(400, problem.getResponse().getStatus());
        }
        assertTrue(
                assertThrows(ProblemException.class, () -> Counting.of("agency", "count", FIELDS))
                        .getMessage()
                        .contains("-count"));
        assertThrows(
                ProblemException.class,
                () -> Counting.of("agency,highestPhase,owner,date:year", null, FIELDS));
    }
}
