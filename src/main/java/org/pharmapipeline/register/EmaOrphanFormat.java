package org.pharmapipeline.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pharmapipeline.imports.Batch;
import org.pharmapipeline.imports.ImportContext;
import org.pharmapipeline.imports.RowWriter;
import org.pharmapipeline.orphandesignation.OrphanAgency;
import org.pharmapipeline.orphandesignation.OrphanStatus;
import org.pharmapipeline.productcandidate.ProductCandidate;

/**
 * The EMA's export of orphan designations (format ema-orphan), an XLSX workbook with one
 * designation per row: the active substance, the intended use, the date of the designation (or of
 * its refusal), the EU designation number (a dash for a refusal), the status (Positive, Negative,
 * Withdrawn, Expired) and, once authorised, the medicine's name and EMA product number. The export
 * names no sponsor, so a product it creates has no owner. Title rows above the header are passed
 * over.
 */
@ApplicationScoped
public class EmaOrphanFormat extends RegisterFormat {

    static final String MEDICINE = "Medicine name";
    static final String PRODUCT_NUMBER = "Related EMA product number";
    static final String SUBSTANCE = "Active substance";
    static final String DATE = "Date of designation / refusal";
    static final String USE = "Intended use";
    static final String NUMBER = "EU designation number";
    static final String STATUS = "Status";
    static final String FIRST_PUBLISHED = "First published date";
    static final String LAST_UPDATED = "Last updated date";
    static final String URL = "Orphan designation URL";

    static final Pattern EMA_PRODUCT_NUMBER = Pattern.compile("EMEA/H/C/\\d{6}");
    private static final Pattern EU_NUMBER = Pattern.compile("EU/3/\\d{2}/\\d{3,4}");

    private static final Map<String, OrphanStatus> STATUSES =
            Map.of(
                    "positive", OrphanStatus.DESIGNATED,
                    "negative", OrphanStatus.REFUSED,
                    "withdrawn", OrphanStatus.WITHDRAWN,
                    "expired", OrphanStatus.EXPIRED);

    private static final List<String> PRODUCT = List.of(MEDICINE, PRODUCT_NUMBER, SUBSTANCE);
    private static final List<String> DESIGNATED =
            List.of(MEDICINE, SUBSTANCE, DATE, USE, NUMBER, STATUS, URL);

    public EmaOrphanFormat() {
        super(
                new Register(
                        "ema-orphan",
                        "The EMA's orphan designations export, an XLSX workbook.",
                        List.of(XLSX),
                        "European Medicines Agency",
                        "EMA orphan designations (export of the Community register)",
                        "https://www.ema.europa.eu/en/medicines/download-medicine-data",
                        true),
                List.of(SUBSTANCE, DATE, USE, NUMBER, STATUS),
                List.of(MEDICINE, PRODUCT_NUMBER, FIRST_PUBLISHED, LAST_UPDATED, URL));
    }

    @Override
    public RowWriter<RegisterRow> writer(ImportContext context) {
        return new Writer(context, services());
    }

    private static final class Writer extends RegisterWriter {

        Writer(ImportContext context, Services services) {
            super(context, services);
        }

        @Override
        void lookups(List<RegisterRow> rows, Set<UUID> candidates, Set<UUID> companies) {
            Set<String> numbers = new HashSet<>();
            for (RegisterRow row : rows) {
                candidates.addAll(index.candidatesNumbered(row.get(PRODUCT_NUMBER)));
                candidates.addAll(index.candidatesNamed(row.get(MEDICINE)));
                candidates.addAll(index.candidatesNamed(row.get(SUBSTANCE)));
                candidates.addAll(index.candidatesWithInn(row.get(SUBSTANCE)));
                if (row.get(NUMBER) != null) {
                    numbers.add(row.get(NUMBER));
                }
            }
            candidates.addAll(index.productsOfNumbers(numbers));
        }

        @Override
        void write(long number, RegisterRow row, Batch batch) {
            Cells cells = new Cells(row);
            String substance = cells.required(SUBSTANCE);
            LocalDate date = cells.date(DATE, RegisterDates.Order.DAY_FIRST, asOfYear, true);
            String use = cells.required(USE);
            String designationNumber = row.get(NUMBER);
            if (designationNumber != null && !EU_NUMBER.matcher(designationNumber).matches()) {
                cells.problem(
                        NUMBER,
                        designationNumber + " is not an EU designation number (EU/3/YY/NNN)");
            }
            String statusText = cells.required(STATUS);
            OrphanStatus status =
                    statusText == null ? null : STATUSES.get(statusText.toLowerCase(Locale.ROOT));
            if (statusText != null && status == null) {
                cells.problem(
                        STATUS,
                        statusText
                                + " is not a status of the EMA's register (Positive, Negative, Withdrawn, Expired)");
            }
            cells.check();
            String productNumber = row.get(PRODUCT_NUMBER);
            if (productNumber != null && !EMA_PRODUCT_NUMBER.matcher(productNumber).matches()) {
                batch.warn(
                        PRODUCT_NUMBER,
                        productNumber
                                + " is not an EMA product number (EMEA/H/C/NNNNNN); left out");
                productNumber = null;
            }
            String medicine = row.get(MEDICINE);
            UUID product =
                    candidate(
                            designationNumber,
                            productNumber,
                            medicine,
                            substance,
                            new Facts(row.quote(PRODUCT), number),
                            batch);
            designation(
                    product,
                    new DesignationFacts(
                            OrphanAgency.EMA,
                            designationNumber,
                            use,
                            substance,
                            date,
                            status,
                            statusText,
                            null),
                    new Facts(row.quote(DESIGNATED), number),
                    batch);
        }

        /**
         * The candidate the row is about: the product of the designation with the row's number,
         * else the candidate with its EMA product number, its medicine name, or its active
         * substance as name or INN. Created, without an owner, when none matches.
         */
        private UUID candidate(
                String designationNumber,
                String productNumber,
                String medicine,
                String substance,
                Facts facts,
                Batch batch) {
            UUID id = index.anchor(locator(facts.row())).product;
            if (id == null && designationNumber != null) {
                id = index.productNumbered(designationNumber);
            }
            if (id == null) {
                id =
                        one(
                                index.candidatesNumbered(productNumber),
                                PRODUCT_NUMBER,
                                productNumber,
                                "product candidate");
            }
            if (id == null && medicine != null) {
                id = one(index.candidatesNamed(medicine), MEDICINE, medicine, "product candidate");
            }
            if (id == null) {
                id =
                        one(
                                union(
                                        index.candidatesWithInn(substance),
                                        index.candidatesNamed(substance)),
                                SUBSTANCE,
                                substance,
                                "product candidate");
            }
            if (id == null) {
                ObjectNode request = newRequest(facts);
                request.put("name", medicine != null ? medicine : substance);
                request.put("inn", substance);
                putIfPresent(request, "emaProductNumber", productNumber);
                return createCandidate(request, batch).id;
            }
            index.loadProducts(List.of(id));
            ProductCandidate candidate = em.find(ProductCandidate.class, id);
            boolean numbered =
                    productNumber != null
                            && candidate.emaProductNumber == null
                            && index.candidatesNumbered(productNumber).isEmpty();
            if (numbered || candidate.inn == null) {
                ObjectNode request = products.requestNodeOf(candidate);
                if (numbered) {
                    fill(request, "emaProductNumber", productNumber);
                }
                fill(request, "inn", substance);
                cite(request, facts, batch);
                update(batch, products, candidate, request);
                reindex(candidate);
            }
            return id;
        }
    }
}
