package org.pharmapipeline.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pharmapipeline.imports.Batch;
import org.pharmapipeline.imports.ImportContext;
import org.pharmapipeline.imports.RowWriter;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.productcandidate.ProductFlag;
import org.pharmapipeline.regulatoryevent.EventType;
import org.pharmapipeline.regulatoryevent.Outcome;
import org.pharmapipeline.regulatoryevent.RegulatoryAgency;

/**
 * The EMA's medicines report (format ema-medicines), the XLSX export of the EPARs: one medicine per
 * row, human or veterinary (veterinary rows and columns are left out), with its EMA product number,
 * status, INN, ATC code, therapeutic areas, flags (orphan, conditional, exceptional circumstances,
 * ...), the marketing authorisation holder and the dates of its procedure. A row writes the holder
 * (a company), the medicine (a candidate, with ATC code and flags) and an event for each date:
 * start of evaluation, CHMP opinion, marketing authorisation (the European Commission's decision),
 * refusal, withdrawal of the application, withdrawal (or expiry, revocation, lapse) and suspension
 * of the authorisation.
 */
@ApplicationScoped
public class EmaMedicinesFormat extends RegisterFormat {

    static final String CATEGORY = "Category";
    static final String NAME = "Name of medicine";
    static final String NUMBER = "EMA product number";
    static final String MEDICINE_STATUS = "Medicine status";
    static final String OPINION_STATUS = "Opinion status";
    static final String INN = "International non-proprietary name (INN) / common name";
    static final String SUBSTANCE = "Active substance";
    static final String AREA = "Therapeutic area (MeSH)";
    static final String ATC = "ATC code (human)";
    static final String INDICATION = "Therapeutic indication";
    static final String ACCELERATED = "Accelerated assessment";
    static final String CONDITIONAL = "Conditional approval";
    static final String EXCEPTIONAL = "Exceptional circumstances";
    static final String GENERIC = "Generic";
    static final String BIOSIMILAR = "Biosimilar";
    static final String ORPHAN = "Orphan medicine";
    static final String PRIME = "PRIME: priority medicine";
    static final String HOLDER = "Marketing authorisation developer / applicant / holder";
    static final String EC_DECISION = "European Commission decision date";
    static final String START = "Start of evaluation date";
    static final String OPINION = "Opinion adopted date";
    static final String APPLICATION_WITHDRAWN = "Withdrawal of application date";
    static final String AUTHORISED = "Marketing authorisation date";
    static final String REFUSED = "Refusal of marketing authorisation date";
    static final String AUTHORISATION_WITHDRAWN =
            "Withdrawal / expiry / revocation / lapse of marketing authorisation date";
    static final String SUSPENDED = "Suspension of marketing authorisation date";
    static final String REVISION = "Revision number";
    static final String FIRST_PUBLISHED = "First published date";
    static final String LAST_UPDATED = "Last updated date";
    static final String URL = "Medicine URL";

    private static final Pattern ATC_CODE =
            Pattern.compile("[A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?");

    /** The flags and the columns that state them (Yes or No). */
    private static final Map<String, ProductFlag> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put(ORPHAN, ProductFlag.ORPHAN_MEDICINE);
        FLAGS.put(CONDITIONAL, ProductFlag.CONDITIONAL_APPROVAL);
        FLAGS.put(EXCEPTIONAL, ProductFlag.EXCEPTIONAL_CIRCUMSTANCES);
        FLAGS.put(ACCELERATED, ProductFlag.ACCELERATED_ASSESSMENT);
        FLAGS.put(PRIME, ProductFlag.PRIME);
        FLAGS.put(GENERIC, ProductFlag.GENERIC);
        FLAGS.put(BIOSIMILAR, ProductFlag.BIOSIMILAR);
    }

    /** The procedure's steps a row dates: column, agency, type and what happened. */
    private record Step(String column, RegulatoryAgency agency, EventType type, String what) {}

    private static final List<Step> STEPS =
            List.of(
                    new Step(
                            START,
                            RegulatoryAgency.EMA,
                            EventType.MAA_VALIDATED,
                            "Evaluation of the marketing authorisation application started"),
                    new Step(
                            OPINION, RegulatoryAgency.CHMP, EventType.CHMP_OPINION, "CHMP opinion"),
                    new Step(
                            AUTHORISED,
                            RegulatoryAgency.EC,
                            EventType.EC_DECISION,
                            "Marketing authorisation granted by the European Commission"),
                    new Step(
                            REFUSED,
                            RegulatoryAgency.EC,
                            EventType.REFUSAL,
                            "Marketing authorisation refused"),
                    new Step(
                            APPLICATION_WITHDRAWN,
                            RegulatoryAgency.EMA,
                            EventType.APPLICATION_WITHDRAWN,
                            "Marketing authorisation application withdrawn by the applicant"),
                    new Step(
                            AUTHORISATION_WITHDRAWN,
                            RegulatoryAgency.EC,
                            EventType.AUTHORISATION_WITHDRAWN,
                            "Marketing authorisation withdrawn, expired, revoked or lapsed"),
                    new Step(
                            SUSPENDED,
                            RegulatoryAgency.EC,
                            EventType.AUTHORISATION_SUSPENDED,
                            "Marketing authorisation suspended"));

    private static final List<String> HOLDING = List.of(NAME, NUMBER, HOLDER);
    private static final List<String> MEDICINE =
            List.of(
                    NAME,
                    NUMBER,
                    MEDICINE_STATUS,
                    INN,
                    SUBSTANCE,
                    AREA,
                    ATC,
                    ORPHAN,
                    CONDITIONAL,
                    EXCEPTIONAL,
                    ACCELERATED,
                    PRIME,
                    GENERIC,
                    BIOSIMILAR,
                    HOLDER,
                    URL);

    public EmaMedicinesFormat() {
        super(
                new Register(
                        "ema-medicines",
                        "The EMA's medicines report (EPARs), an XLSX workbook; human medicines only.",
                        List.of(XLSX),
                        "European Medicines Agency",
                        "EMA medicines report (European public assessment reports)",
                        "https://www.ema.europa.eu/en/medicines/download-medicine-data",
                        true),
                List.of(CATEGORY, NAME, NUMBER, MEDICINE_STATUS),
                List.of(
                        OPINION_STATUS,
                        INN,
                        SUBSTANCE,
                        AREA,
                        ATC,
                        INDICATION,
                        ACCELERATED,
                        CONDITIONAL,
                        EXCEPTIONAL,
                        GENERIC,
                        BIOSIMILAR,
                        ORPHAN,
                        PRIME,
                        HOLDER,
                        EC_DECISION,
                        START,
                        OPINION,
                        APPLICATION_WITHDRAWN,
                        AUTHORISED,
                        REFUSED,
                        AUTHORISATION_WITHDRAWN,
                        SUSPENDED,
                        REVISION,
                        FIRST_PUBLISHED,
                        LAST_UPDATED,
                        URL));
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
        void lookups(List<RegisterRow> rows, Set<UUID> candidates, Set<UUID> companyIds) {
            for (RegisterRow row : rows) {
                companyIds.addAll(index.companies(row.get(HOLDER)));
                candidates.addAll(index.candidatesNumbered(row.get(NUMBER)));
                candidates.addAll(index.candidatesNamed(row.get(NAME)));
            }
        }

        @Override
        void write(long number, RegisterRow row, Batch batch) {
            String category = row.get(CATEGORY);
            if (category != null && !category.equalsIgnoreCase("Human")) {
                batch.skip();
                return;
            }
            Cells cells = new Cells(row);
            String name = cells.required(NAME);
            String productNumber = cells.required(NUMBER);
            if (productNumber != null
                    && !EmaOrphanFormat.EMA_PRODUCT_NUMBER.matcher(productNumber).matches()) {
                cells.problem(
                        NUMBER, productNumber + " is not an EMA product number (EMEA/H/C/NNNNNN)");
            }
            Map<Step, LocalDate> dates = new LinkedHashMap<>();
            for (Step step : STEPS) {
                LocalDate date =
                        cells.date(step.column(), RegisterDates.Order.DAY_FIRST, asOfYear, false);
                if (date != null) {
                    dates.put(step, date);
                }
            }
            List<String> flags = new ArrayList<>();
            FLAGS.forEach(
                    (column, flag) -> {
                        String value = row.get(column);
                        if (value == null || value.equalsIgnoreCase("No")) {
                            return;
                        }
                        if (value.equalsIgnoreCase("Yes")) {
                            flags.add(flag.name());
                        } else {
                            cells.problem(column, value + " is not Yes or No");
                        }
                    });
            cells.check();
            String atc = row.get(ATC);
            if (atc != null && !ATC_CODE.matcher(atc).matches()) {
                batch.warn(ATC, atc + " is not one ATC code; left out");
                atc = null;
            }
            String holder = row.get(HOLDER);
            UUID company =
                    holder == null
                            ? null
                            : company(
                                    new CompanyFacts(HOLDER, holder, null, null, null),
                                    new Facts(row.quote(HOLDING), number),
                                    batch);
            UUID product =
                    candidate(
                            name,
                            productNumber,
                            row,
                            atc,
                            flags,
                            company,
                            new Facts(row.quote(MEDICINE), number),
                            batch);
            String indication = row.get(INDICATION);
            for (Map.Entry<Step, LocalDate> dated : dates.entrySet()) {
                Step step = dated.getKey();
                event(
                        product,
                        new EventFacts(
                                step.agency(),
                                step.type(),
                                outcome(step, row),
                                dated.getValue(),
                                description(step, row, flags, productNumber),
                                productNumber,
                                null,
                                indication),
                        new Facts(
                                row.quote(
                                        List.of(
                                                NAME,
                                                NUMBER,
                                                MEDICINE_STATUS,
                                                OPINION_STATUS,
                                                step.column(),
                                                EXCEPTIONAL,
                                                CONDITIONAL)),
                                number),
                        batch);
            }
        }

        private static Outcome outcome(Step step, RegisterRow row) {
            return switch (step.type()) {
                case EC_DECISION -> Outcome.POSITIVE;
                case REFUSAL -> Outcome.NEGATIVE;
                case CHMP_OPINION -> {
                    String opinion = row.get(OPINION_STATUS);
                    String status = row.get(MEDICINE_STATUS);
                    if (opinion != null && opinion.toLowerCase(Locale.ROOT).contains("negative")) {
                        yield Outcome.NEGATIVE;
                    }
                    if (opinion != null && opinion.toLowerCase(Locale.ROOT).contains("positive")) {
                        yield Outcome.POSITIVE;
                    }
                    yield status != null && status.equalsIgnoreCase("Refused")
                            ? Outcome.NEGATIVE
                            : status != null && status.equalsIgnoreCase("Authorised")
                                    ? Outcome.POSITIVE
                                    : Outcome.NOT_APPLICABLE;
                }
                default -> Outcome.NOT_APPLICABLE;
            };
        }

        private static String description(
                Step step, RegisterRow row, List<String> flags, String number) {
            StringBuilder text = new StringBuilder(step.what());
            if (step.type() == EventType.CHMP_OPINION && row.get(OPINION_STATUS) != null) {
                text.append(": ").append(row.get(OPINION_STATUS).toLowerCase(Locale.ROOT));
            }
            if (step.type() == EventType.EC_DECISION) {
                if (flags.contains(ProductFlag.EXCEPTIONAL_CIRCUMSTANCES.name())) {
                    text.append(" under exceptional circumstances");
                }
                if (flags.contains(ProductFlag.CONDITIONAL_APPROVAL.name())) {
                    text.append(" (conditional marketing authorisation)");
                }
            }
            return text.append(" (").append(number).append(")").toString();
        }

        /**
         * The medicine: the candidate with its EMA product number, else the one of its name that
         * has no other number (a candidate named after a brand, from a release). Created, owned by
         * the holder, when none matches; a matched one takes the number, the ATC code, the flags
         * (the EMA's to state), the therapeutic areas it lacks, and the holder as owner or, when
         * another company owns it, as partner.
         */
        private UUID candidate(
                String name,
                String productNumber,
                RegisterRow row,
                String atc,
                List<String> flags,
                UUID holder,
                Facts facts,
                Batch batch) {
            UUID id = index.anchor(locator(facts.row())).product;
            if (id == null) {
                id =
                        one(
                                index.candidatesNumbered(productNumber),
                                NUMBER,
                                productNumber,
                                "product candidate");
            }
            if (id == null) {
                id =
                        one(
                                filter(
                                        index.candidatesNamed(name),
                                        c -> index.candidate(c).emaNumber() == null),
                                NAME,
                                name,
                                "product candidate");
            }
            String inn = row.get(INN) != null ? row.get(INN) : row.get(SUBSTANCE);
            List<String> areas = areas(row.get(AREA));
            if (id == null) {
                ObjectNode request = newRequest(facts);
                request.put("name", name);
                putIfPresent(request, "inn", inn);
                putIfPresent(request, "ownerId", holder);
                request.put("emaProductNumber", productNumber);
                putIfPresent(request, "atcCode", atc);
                ArrayNode flagged = request.putArray("flags");
                flags.forEach(flagged::add);
                ArrayNode listed = request.putArray("therapeuticAreas");
                areas.forEach(listed::add);
                return createCandidate(request, batch).id;
            }
            index.loadProducts(List.of(id));
            ProductCandidate candidate = em.find(ProductCandidate.class, id);
            ObjectNode request = products.requestNodeOf(candidate);
            boolean changed = fill(request, "emaProductNumber", productNumber);
            changed |= fill(request, "inn", inn);
            changed |= fill(request, "atcCode", atc);
            if (atc != null && candidate.atcCode != null && !candidate.atcCode.equals(atc)) {
                batch.warn(
                        ATC,
                        "the register states "
                                + atc
                                + "; the candidate keeps "
                                + candidate.atcCode
                                + " and cites the row");
                changed |= !cites(candidate, facts.row());
            }
            Set<String> stated = new LinkedHashSet<>(flags);
            Set<String> stored = new LinkedHashSet<>();
            candidate.flags.forEach(f -> stored.add(f.name()));
            if (!stated.equals(stored)) {
                ArrayNode flagged = request.putArray("flags");
                flags.forEach(flagged::add);
                changed = true;
            }
            changed |= addMissing(request, "therapeuticAreas", areas, 20);
            if (holder != null) {
                changed |= fill(request, "ownerId", holder.toString());
                if (candidate.owner != null
                        && !candidate.owner.id.equals(holder)
                        && candidate.partners.stream().noneMatch(p -> p.company.id.equals(holder))
                        && candidate.partners.size() < 20) {
                    ArrayNode partners =
                            request.has("partners")
                                    ? (ArrayNode) request.get("partners")
                                    : request.putArray("partners");
                    ObjectNode partner = partners.addObject();
                    partner.put("companyId", holder.toString());
                    partner.put("role", "Marketing authorisation holder (EU)");
                    changed = true;
                }
            }
            if (changed) {
                cite(request, facts, batch);
                update(batch, products, candidate, request);
                reindex(candidate);
            }
            return id;
        }

        /** The MeSH areas of a cell, ;-separated, as a candidate may hold them. */
        private static List<String> areas(String cell) {
            List<String> areas = new ArrayList<>();
            if (cell != null) {
                for (String area : cell.split(";")) {
                    String stripped = area.strip();
                    if (!stripped.isEmpty()
                            && stripped.length() <= 100
                            && areas.size() < 20
                            && !areas.contains(stripped)) {
                        areas.add(stripped);
                    }
                }
            }
            return areas;
        }

        /** Adds the values a list field lacks (as far as it may hold); returns whether it did. */
        private static boolean addMissing(
                ObjectNode request, String field, List<String> values, int max) {
            ArrayNode list =
                    request.has(field) && request.get(field).isArray()
                            ? (ArrayNode) request.get(field)
                            : request.putArray(field);
            Set<String> present = new LinkedHashSet<>();
            for (JsonNode value : list) {
                present.add(Names.key(value.asText()));
            }
            boolean added = false;
            for (String value : values) {
                if (list.size() < max && present.add(Names.key(value))) {
                    list.add(value);
                    added = true;
                }
            }
            return added;
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
