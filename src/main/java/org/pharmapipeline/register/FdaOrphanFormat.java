package org.pharmapipeline.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pharmapipeline.imports.Batch;
import org.pharmapipeline.imports.ImportContext;
import org.pharmapipeline.imports.RowWriter;
import org.pharmapipeline.orphandesignation.OrphanAgency;
import org.pharmapipeline.orphandesignation.OrphanStatus;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.regulatoryevent.EventType;
import org.pharmapipeline.regulatoryevent.Outcome;
import org.pharmapipeline.regulatoryevent.RegulatoryAgency;

/**
 * The FDA Office of Orphan Products Development's export of orphan drug designations (format
 * fda-orphan): one designation per row, tab-separated (or comma-separated), dates month first with
 * two-digit years, "N/A" for missing values. A row names a sponsor (a company, with its address), a
 * product (its generic name and, once it has one, its trade name), the designation (its date, the
 * designated use, its status) and, when the product was approved for the designated use, the
 * approval (its date, the approved indication and the end of the orphan exclusivity). A designation
 * approved for several indications takes several rows, one per approval.
 */
@ApplicationScoped
public class FdaOrphanFormat extends RegisterFormat {

    static final String GENERIC = "Generic Name";
    static final String TRADE = "Trade Name";
    static final String DATE = "Designation Date";
    static final String DESIGNATION = "Designation";
    static final String STATUS = "Orphan Drug Status";
    static final String APPROVAL_STATUS = "FDA Approval Status";
    static final String APPROVED = "Approved Indication";
    static final String APPROVAL_DATE = "Marketing Approval Date";
    static final String EXCLUSIVITY = "Exclusivity End Date";
    static final String COMPANY = "Contact Company";
    static final String ADDRESS_1 = "Contact Address 1";
    static final String ADDRESS_2 = "Contact Address 2";
    static final String CITY = "Contact City";
    static final String STATE = "Contact State";
    static final String ZIP = "Contact Zip";
    static final String COUNTRY = "Contact Country";

    private static final List<String> SPONSOR =
            List.of(COMPANY, ADDRESS_1, ADDRESS_2, CITY, STATE, ZIP, COUNTRY);
    private static final List<String> PRODUCT = List.of(GENERIC, TRADE, COMPANY);
    private static final List<String> DESIGNATED =
            List.of(GENERIC, TRADE, DATE, DESIGNATION, STATUS);
    private static final List<String> APPROVAL =
            List.of(GENERIC, TRADE, APPROVAL_STATUS, APPROVED, APPROVAL_DATE, EXCLUSIVITY);

    public FdaOrphanFormat() {
        super(
                new Register(
                        "fda-orphan",
                        "The FDA's orphan drug designations export (OOPD), tab- or comma-separated.",
                        List.of("text/tab-separated-values", "text/csv", "text/plain"),
                        "U.S. FDA Office of Orphan Products Development",
                        "FDA orphan drug designations and approvals (OOPD export)",
                        "https://www.accessdata.fda.gov/scripts/opdlisting/oopd/",
                        false),
                List.of(GENERIC, DATE, DESIGNATION, STATUS, COMPANY),
                List.of(
                        TRADE,
                        APPROVAL_STATUS,
                        APPROVED,
                        APPROVAL_DATE,
                        EXCLUSIVITY,
                        ADDRESS_1,
                        ADDRESS_2,
                        CITY,
                        STATE,
                        ZIP,
                        COUNTRY));
    }

    @Override
    public RowWriter<RegisterRow> writer(ImportContext context) {
        return new Writer(context, services());
    }

    /** The status the service keeps for the FDA's, or null when the FDA's is not known. */
    static OrphanStatus status(String stated) {
        List<String> parts =
                Stream.of(stated.split("/")).map(p -> p.strip().toLowerCase(Locale.ROOT)).toList();
        if (parts.isEmpty() || !parts.get(0).equals("designated")) {
            return null;
        }
        if (parts.stream().anyMatch(p -> p.startsWith("withdrawn by"))) {
            return OrphanStatus.REVOKED;
        }
        if (parts.contains("withdrawn")) {
            return OrphanStatus.WITHDRAWN;
        }
        if (parts.contains("approved")) {
            return OrphanStatus.APPROVED;
        }
        return parts.size() == 1 ? OrphanStatus.DESIGNATED : null;
    }

    private static final class Writer extends RegisterWriter {

        Writer(ImportContext context, Services services) {
            super(context, services);
        }

        @Override
        void lookups(List<RegisterRow> rows, Set<UUID> candidates, Set<UUID> companyIds) {
            for (RegisterRow row : rows) {
                companyIds.addAll(index.companies(row.get(COMPANY)));
                candidates.addAll(index.candidatesNamed(row.get(TRADE)));
                candidates.addAll(index.candidatesNamed(row.get(GENERIC)));
                candidates.addAll(index.candidatesWithInn(row.get(GENERIC)));
            }
        }

        @Override
        void write(long number, RegisterRow row, Batch batch) {
            Cells cells = new Cells(row);
            String generic = row.get(GENERIC);
            String trade = row.get(TRADE);
            if (generic == null && trade == null) {
                cells.problem(GENERIC, "and " + TRADE + " are empty: the row names no product");
            }
            String company = cells.required(COMPANY);
            LocalDate designated =
                    cells.date(DATE, RegisterDates.Order.MONTH_FIRST, asOfYear, true);
            String condition = cells.required(DESIGNATION);
            String statusText = cells.required(STATUS);
            OrphanStatus status = statusText == null ? null : status(statusText);
            if (statusText != null && status == null) {
                cells.problem(
                        STATUS,
                        statusText
                                + " is not a status of the FDA's export (Designated,"
                                + " Designated/Approved, Designated/Withdrawn, ...)");
            }
            LocalDate approved =
                    cells.date(APPROVAL_DATE, RegisterDates.Order.MONTH_FIRST, asOfYear, false);
            boolean exclusivityToCome = "TBD".equalsIgnoreCase(row.raw(EXCLUSIVITY));
            LocalDate exclusivity =
                    exclusivityToCome
                            ? null
                            : cells.date(
                                    EXCLUSIVITY, RegisterDates.Order.MONTH_FIRST, asOfYear, false);
            if (approved != null && exclusivity != null && exclusivity.isBefore(approved)) {
                cells.problem(EXCLUSIVITY, "is before the " + APPROVAL_DATE + " " + approved);
            }
            cells.check();

            String country = Countries.code(row.get(COUNTRY));
            if (row.get(COUNTRY) != null && country == null) {
                batch.warn(
                        COUNTRY,
                        row.get(COUNTRY)
                                + " is not a country the service knows; the address keeps it");
            }
            UUID sponsor =
                    company(
                            new CompanyFacts(
                                    COMPANY, company, headquarters(row), address(row), country),
                            new Facts(row.quote(SPONSOR), number),
                            batch);
            UUID product =
                    candidate(
                            generic, trade, sponsor, new Facts(row.quote(PRODUCT), number), batch);
            designation(
                    product,
                    new DesignationFacts(
                            OrphanAgency.FDA,
                            null,
                            condition,
                            generic != null ? generic : trade,
                            designated,
                            status,
                            statusText,
                            sponsor),
                    new Facts(row.quote(DESIGNATED), number),
                    batch);
            if (approved != null) {
                String indication = row.get(APPROVED);
                event(
                        product,
                        new EventFacts(
                                RegulatoryAgency.FDA,
                                EventType.APPROVAL,
                                Outcome.POSITIVE,
                                approved,
                                indication == null
                                        ? "Approved for the designated orphan use: " + condition
                                        : "Approved for the orphan indication: " + indication,
                                null,
                                exclusivity,
                                indication != null ? indication : condition),
                        new Facts(row.quote(APPROVAL), number),
                        batch);
                if (exclusivityToCome) {
                    batch.warn(
                            EXCLUSIVITY,
                            "TBD: the approval is imported without an end of exclusivity");
                }
            } else if (status == OrphanStatus.APPROVED) {
                batch.warn(
                        APPROVAL_DATE,
                        "is empty for a designation the FDA reports approved; no approval event");
            }
        }

        /**
         * The candidate the row names. By its trade name, when it has one (several of that name:
         * the sponsor's); else the sponsor's candidate named by the generic name, or the sponsor's
         * one candidate of that INN (the same generic name is developed by several companies, so
         * only the sponsor's are looked at). A candidate this import created under the generic name
         * takes the trade name a later row gives it. Created when none matches: a generic name of
         * several of the sponsor's candidates is kept apart under that name, with a warning, rather
         * than merged into one of them.
         */
        private UUID candidate(
                String generic, String trade, UUID sponsor, Facts facts, Batch batch) {
            UUID id = index.anchor(locator(facts.row())).product;
            boolean byGeneric = false;
            if (id == null && trade != null) {
                // A trade name may also be another company's product known by its generic name
                // (Paromomycin): the brand is the one named otherwise than by its INN.
                Set<UUID> named = index.candidatesNamed(trade);
                Set<UUID> brands =
                        filter(
                                named,
                                c ->
                                        !Objects.equals(
                                                index.candidate(c).nameKey(),
                                                index.candidate(c).innKey()));
                Set<UUID> sponsors =
                        filter(named, c -> Objects.equals(index.candidate(c).owner(), sponsor));
                Set<UUID> chosen =
                        named.size() <= 1
                                ? named
                                : brands.size() == 1
                                        ? brands
                                        : sponsors.size() == 1 ? sponsors : named;
                id = one(chosen, TRADE, trade, "product candidate");
            }
            if (id == null && generic != null) {
                Set<UUID> named =
                        filter(
                                index.candidatesNamed(generic),
                                c -> Objects.equals(index.candidate(c).owner(), sponsor));
                id = one(named, GENERIC, generic, "product candidate");
                byGeneric = id != null;
                if (id == null && trade == null) {
                    Set<UUID> sameInn =
                            filter(
                                    index.candidatesWithInn(generic),
                                    c -> Objects.equals(index.candidate(c).owner(), sponsor));
                    if (sameInn.size() == 1) {
                        id = sameInn.iterator().next();
                    } else if (sameInn.size() > 1) {
                        batch.warn(
                                GENERIC,
                                generic
                                        + " is the INN of "
                                        + sameInn.size()
                                        + " of the sponsor's candidates; the row's designation is kept"
                                        + " apart under the generic name");
                    }
                }
            }
            if (id == null) {
                ObjectNode request = newRequest(facts);
                request.put("name", trade != null ? trade : generic);
                putIfPresent(request, "inn", generic);
                request.put("ownerId", sponsor.toString());
                return createCandidate(request, batch).id;
            }
            index.loadProducts(List.of(id));
            ProductCandidate candidate = em.find(ProductCandidate.class, id);
            boolean rename =
                    byGeneric
                            && trade != null
                            && context.createdHere(candidate.createdAt, candidate.createdBy);
            if (rename || candidate.inn == null || candidate.owner == null) {
                ObjectNode request = products.requestNodeOf(candidate);
                if (rename) {
                    request.put("name", trade);
                }
                boolean changed = rename;
                changed |= fill(request, "inn", generic);
                changed |= fill(request, "ownerId", sponsor.toString());
                if (changed) {
                    cite(request, facts, batch);
                    update(batch, products, candidate, request);
                    reindex(candidate);
                }
            }
            return id;
        }

        /** City and state (or country, outside the US), as the bundled dataset writes them. */
        private static String headquarters(RegisterRow row) {
            if (row.get(CITY) == null) {
                return null;
            }
            return joined(
                    ", ",
                    row.get(CITY),
                    row.get(STATE) != null ? row.get(STATE) : row.get(COUNTRY));
        }

        private static String address(RegisterRow row) {
            String address =
                    joined(
                            ", ",
                            row.get(ADDRESS_1),
                            row.get(ADDRESS_2),
                            row.get(CITY),
                            joined(" ", row.get(STATE), row.get(ZIP)),
                            row.get(COUNTRY));
            return address != null && address.length() > 500 ? address.substring(0, 500) : address;
        }

        private static String joined(String separator, String... parts) {
            List<String> present = new ArrayList<>();
            for (String part : parts) {
                if (part != null && !part.isBlank()) {
                    present.add(part.strip());
                }
            }
            return present.isEmpty()
                    ? null
                    : present.stream().collect(Collectors.joining(separator));
        }
    }
}
