package org.pharmapipeline.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.company.Company;
import org.pharmapipeline.company.CompanyService;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.imports.Batch;
import org.pharmapipeline.imports.ImportContext;
import org.pharmapipeline.imports.Row;
import org.pharmapipeline.imports.RowWriter;
import org.pharmapipeline.orphandesignation.OrphanAgency;
import org.pharmapipeline.orphandesignation.OrphanDesignation;
import org.pharmapipeline.orphandesignation.OrphanDesignationService;
import org.pharmapipeline.orphandesignation.OrphanStatus;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.productcandidate.ProductCandidateService;
import org.pharmapipeline.regulatoryevent.EventType;
import org.pharmapipeline.regulatoryevent.Outcome;
import org.pharmapipeline.regulatoryevent.RegulatoryAgency;
import org.pharmapipeline.regulatoryevent.RegulatoryEvent;
import org.pharmapipeline.regulatoryevent.RegulatoryEventService;

/**
 * Turns register rows into companies, product candidates, orphan designations and regulatory
 * events, written through their services like any API write. Rules every register follows:
 *
 * <ul>
 *   <li>A row is matched to stored records by the keys the register gives (normalised names, INN,
 *       trade name, EU designation number, EMA product number); when a key names more than one
 *       record, the row is rejected as ambiguous, never merged into one of them.
 *   <li>A matched record takes what it lacks from the row (an address, a designation number); a
 *       status the register states replaces the stored one, the register being the authority on it.
 *       A fact the register states differently from what the record holds (another source's) is not
 *       overwritten: the record keeps its value, cites the row for the register's words, and the
 *       import warns about it, so the two stand side by side.
 *   <li>Every record the import creates or changes cites the import's source document, with the row
 *       as locator and the row's own words as quote; a designation the import created cites every
 *       row that states it.
 *   <li>A row that repeats an earlier row of the file word for word is rejected as a duplicate.
 * </ul>
 */
abstract class RegisterWriter implements RowWriter<RegisterRow> {

    /** How a record takes part in a row's writes. */
    record Facts(String quote, long row) {}

    final ImportContext context;
    final RegisterIndex index;
    final ObjectMapper json;
    final EntityManager em;
    final CompanyService companies;
    final ProductCandidateService products;
    final OrphanDesignationService designations;
    final RegulatoryEventService events;

    /** The year the register's two-digit years are read against. */
    final int asOfYear;

    private final Map<String, Long> seen = new HashMap<>();
    private final List<String> seenInBatch = new ArrayList<>();

    RegisterWriter(ImportContext context, Services services) {
        this.context = context;
        this.json = services.json;
        this.em = services.em;
        this.companies = services.companies;
        this.products = services.products;
        this.designations = services.designations;
        this.events = services.events;
        this.index = new RegisterIndex(em);
        this.asOfYear = RegisterFormat.asOfYear(context.upload());
    }

    /** What the writers use, gathered. */
    record Services(
            ObjectMapper json,
            EntityManager em,
            CompanyService companies,
            ProductCandidateService products,
            OrphanDesignationService designations,
            RegulatoryEventService events) {}

    @Override
    public final void prepare(List<Row<RegisterRow>> rows, Batch batch) {
        index.load();
        seenInBatch.clear();
        Set<UUID> candidates =
                new HashSet<>(
                        index.loadAnchors(
                                context.sourceId(),
                                rows.stream().map(r -> locator(r.number())).toList()));
        Set<UUID> companyIds = new HashSet<>();
        lookups(rows.stream().map(Row::content).toList(), candidates, companyIds);
        index.loadProducts(candidates);
        Set<UUID> designationIds = new HashSet<>();
        Set<UUID> eventIds = new HashSet<>();
        for (UUID id : candidates) {
            RegisterIndex.Product product = index.product(id);
            product.designations.forEach(d -> designationIds.add(d.id()));
            product.events.forEach(e -> eventIds.add(e.id()));
        }
        // The records the rows will look at, in one statement per collection.
        companies.findAll(companyIds);
        products.findAll(candidates);
        designations.findAll(designationIds);
        events.findAll(eventIds);
    }

    /** Adds the stored candidates and companies the rows may name, to load them for the batch. */
    abstract void lookups(List<RegisterRow> rows, Set<UUID> candidates, Set<UUID> companies);

    @Override
    public final void write(Row<RegisterRow> row, Batch batch) {
        String content = row.content().content();
        Long earlier = seen.get(content);
        if (earlier != null) {
            throw ProblemException.invalid(
                    "row",
                    "repeats row " + earlier + " word for word; a register states each once");
        }
        seen.put(content, row.number());
        seenInBatch.add(content);
        write(row.number(), row.content(), batch);
    }

    /** Writes one row's records; throws a 400 naming its columns to reject it. */
    abstract void write(long number, RegisterRow row, Batch batch);

    @Override
    public void kept() {
        index.commit();
        seenInBatch.clear();
    }

    @Override
    public void undone() {
        index.rollback();
        seenInBatch.forEach(seen::remove);
        seenInBatch.clear();
    }

    // --- reading rows ----------------------------------------------------------------------

    /** The problems found in a row's cells, to reject it with all of them at once. */
    static final class Cells {
        private final List<Problem.Violation> violations = new ArrayList<>();
        private final RegisterRow row;

        Cells(RegisterRow row) {
            this.row = row;
        }

        String required(String column) {
            String value = row.get(column);
            if (value == null) {
                violations.add(new Problem.Violation(column, "is empty"));
            }
            return value;
        }

        LocalDate date(String column, RegisterDates.Order order, int asOfYear, boolean required) {
            String text = row.get(column);
            if (text == null) {
                if (required) {
                    violations.add(new Problem.Violation(column, "is empty"));
                }
                return null;
            }
            try {
                return RegisterDates.parse(text, order, asOfYear);
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation(column, e.getMessage()));
                return null;
            }
        }

        void problem(String column, String message) {
            violations.add(new Problem.Violation(column, message));
        }

        /** Rejects the row when any cell was found wrong. */
        void check() {
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(List.copyOf(violations));
            }
        }
    }

    // --- matching ------------------------------------------------------------------------

    /** The one id of a match, null for none, or a 409 when the row names several records. */
    static UUID one(Set<UUID> matches, String column, String value, String noun) {
        if (matches.size() > 1) {
            throw ProblemException.conflict(
                    "The row's "
                            + column
                            + " \""
                            + value
                            + "\" matches "
                            + matches.size()
                            + " "
                            + noun
                            + " records ("
                            + String.join(", ", matches.stream().map(UUID::toString).toList())
                            + "); the import does not choose between them. Merge or rename them,"
                            + " and import the file again.",
                    List.of(new Problem.Violation(column, "matches several " + noun + " records")));
        }
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    static Set<UUID> filter(Set<UUID> ids, Predicate<UUID> keep) {
        Set<UUID> kept = new LinkedHashSet<>();
        ids.stream().filter(keep).forEach(kept::add);
        return kept;
    }

    /** The product's one indication whose disease the text names, if exactly one does. */
    UUID indicationNamedIn(UUID product, String text) {
        List<RegisterIndex.Indication> named =
                index.product(product).indications.stream()
                        .filter(i -> Names.mentions(text, i.diseaseLabel()))
                        .toList();
        return named.size() == 1 ? named.get(0).id() : null;
    }

    // --- writing ------------------------------------------------------------------------

    ObjectNode citation(Facts facts) {
        ObjectNode citation = json.createObjectNode();
        citation.put("sourceId", context.sourceId().toString());
        citation.put("quote", facts.quote());
        citation.put("locator", locator(facts.row()));
        return citation;
    }

    static String locator(long row) {
        return "row " + row;
    }

    /** A new record's request, citing the row. */
    ObjectNode newRequest(Facts facts) {
        ObjectNode request = json.createObjectNode();
        request.putArray("citations").add(citation(facts));
        return request;
    }

    /** Whether a record cites this import's source already (any of its rows). */
    boolean citesSource(Cited record) {
        return record.citations().stream().anyMatch(c -> context.sourceId().equals(c.sourceId));
    }

    /** Whether a record cites this row of this import's source already. */
    boolean cites(Cited record, long row) {
        for (Citation c : record.citations()) {
            if (context.sourceId().equals(c.sourceId) && locator(row).equals(c.locator)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the row's citation to a changed record's request, unless the record holds as many
     * citations as a record may (then it says so in a warning).
     */
    void cite(ObjectNode request, Facts facts, Batch batch) {
        ArrayNode citations =
                request.has("citations") && request.get("citations").isArray()
                        ? (ArrayNode) request.get("citations")
                        : request.putArray("citations");
        for (JsonNode c : citations) {
            if (context.sourceId().toString().equals(c.path("sourceId").asText())
                    && locator(facts.row()).equals(c.path("locator").asText())) {
                return;
            }
        }
        if (citations.size() >= 50) {
            batch.warn(
                    "citations",
                    "the record holds 50 citations, as many as it may; this row is not cited on it");
            return;
        }
        citations.add(citation(facts));
    }

    /** Creates a record through its service; returns it. */
    <E extends BaseEntity, Q> E create(
            Batch batch, CrudService<E, Q, ?> service, ObjectNode request) {
        return batch.write(service, null, null, request(service, request));
    }

    /** Replaces a record through its service. */
    <E extends BaseEntity, Q> void update(
            Batch batch, CrudService<E, Q, ?> service, E record, ObjectNode request) {
        batch.write(service, record, null, request(service, request));
    }

    private <Q> Q request(CrudService<?, Q, ?> service, ObjectNode request) {
        try {
            return json.treeToValue(request, service.collection().request());
        } catch (JsonProcessingException e) {
            throw ProblemMappers.problemOf(e);
        }
    }

    /** Sets a field the request lacks; returns whether it did. */
    static boolean fill(ObjectNode request, String field, String value) {
        JsonNode current = request.get(field);
        if (value == null
                || (current != null && !current.isNull() && !current.asText().isBlank())) {
            return false;
        }
        request.put(field, value);
        return true;
    }

    /** Sets a field to a value the register is the authority on; returns whether it changed. */
    static boolean set(ObjectNode request, String field, String value) {
        JsonNode current = request.get(field);
        String before = current == null || current.isNull() ? null : current.asText();
        if (java.util.Objects.equals(before, value)) {
            return false;
        }
        if (value == null) {
            request.remove(field);
        } else {
            request.put(field, value);
        }
        return true;
    }

    /**
     * Whether the row states a fact differently from the record (both stating one): then the record
     * keeps its own, and the import warns and cites the row, so both stand side by side.
     */
    static boolean differs(String stored, String stated) {
        return stored != null
                && stated != null
                && !java.util.Objects.equals(Names.medicalKey(stored), Names.medicalKey(stated));
    }

    static String text(ObjectNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    // --- the records every register writes ---------------------------------------------

    /** A company's facts as a register states them. */
    record CompanyFacts(
            String column, String name, String headquarters, String address, String country) {}

    /** The company the row names, matched by normalised name or alias, or created. */
    UUID company(CompanyFacts stated, Facts facts, Batch batch) {
        UUID id = index.anchor(locator(facts.row())).sponsor;
        if (id == null) {
            id = one(index.companies(stated.name()), stated.column(), stated.name(), "company");
        }
        if (id == null) {
            ObjectNode request = newRequest(facts);
            request.put("name", stated.name());
            putIfPresent(request, "headquarters", stated.headquarters());
            putIfPresent(request, "address", stated.address());
            putIfPresent(request, "country", stated.country());
            Company created = create(batch, companies, request);
            index.addCompany(created.id, stated.name());
            return created.id;
        }
        Company company = em.find(Company.class, id);
        boolean changed = company.address == null && stated.address() != null;
        changed |= company.headquarters == null && stated.headquarters() != null;
        changed |= company.country == null && stated.country() != null;
        // A register lists a contact address per entry: addresses of one company that differ
        // between its rows are the register's own, not a disagreement with another source.
        boolean ours = citesSource(company);
        boolean differs = false;
        if (!ours && differs(company.headquarters, stated.headquarters())) {
            batch.warn(
                    "headquarters",
                    "the register states \""
                            + stated.headquarters()
                            + "\"; company "
                            + company.name
                            + " keeps \""
                            + company.headquarters
                            + "\" and cites the row");
            differs = true;
        }
        if (!ours
                && company.country != null
                && stated.country() != null
                && !company.country.equals(stated.country())) {
            batch.warn(
                    "country",
                    "the register states "
                            + stated.country()
                            + "; company "
                            + company.name
                            + " keeps "
                            + company.country
                            + " and cites the row");
            differs = true;
        }
        if (changed || (differs && !cites(company, facts.row()))) {
            ObjectNode request = companies.requestNodeOf(company);
            fill(request, "address", stated.address());
            fill(request, "headquarters", stated.headquarters());
            fill(request, "country", stated.country());
            cite(request, facts, batch);
            update(batch, companies, company, request);
        }
        return id;
    }

    /** Creates a candidate and adds it to the index. */
    ProductCandidate createCandidate(ObjectNode request, Batch batch) {
        request.put("modality", "UNKNOWN");
        request.put("status", "ACTIVE");
        ProductCandidate created = create(batch, products, request);
        index.addCandidate(
                new RegisterIndex.Candidate(
                        created.id,
                        Names.key(created.name),
                        Names.key(created.inn),
                        created.emaProductNumber,
                        created.owner == null ? null : created.owner.id));
        return created;
    }

    /** Tells the index what a changed candidate now is. */
    void reindex(ProductCandidate candidate) {
        index.updateCandidate(
                new RegisterIndex.Candidate(
                        candidate.id,
                        Names.key(candidate.name),
                        Names.key(candidate.inn),
                        candidate.emaProductNumber,
                        candidate.owner == null ? null : candidate.owner.id));
    }

    /** A designation as a register states it. */
    record DesignationFacts(
            OrphanAgency agency,
            String number,
            String condition,
            String designatedProduct,
            LocalDate date,
            OrphanStatus status,
            String registerStatus,
            UUID sponsor) {}

    /**
     * Writes the designation a row states for a candidate: matched by its number, else by the
     * candidate, agency, date and condition (an EU designation without a number, from a release, by
     * the candidate and date alone when it is the only one that day).
     */
    void designation(UUID product, DesignationFacts stated, Facts facts, Batch batch) {
        RegisterIndex.Designation match = null;
        UUID anchored = index.anchor(locator(facts.row())).designation;
        if (anchored != null) {
            match =
                    index.product(product).designations.stream()
                            .filter(d -> d.id().equals(anchored))
                            .findFirst()
                            .orElse(null);
        }
        if (match == null && stated.number() != null) {
            match = index.designationNumbered(stated.number());
        }
        if (match == null) {
            List<RegisterIndex.Designation> sameDay =
                    index.product(product).designations.stream()
                            .filter(d -> d.agency() == stated.agency())
                            .filter(d -> d.number() == null)
                            .filter(d -> java.util.Objects.equals(d.date(), stated.date()))
                            .toList();
            // Two designations of one candidate for one condition on one day name two products
            // (formulations): they match only when the product is the same, or not stated.
            List<RegisterIndex.Designation> sameCondition =
                    sameDay.stream()
                            .filter(
                                    d ->
                                            java.util.Objects.equals(
                                                    d.conditionKey(),
                                                    Names.medicalKey(stated.condition())))
                            .filter(
                                    d ->
                                            d.productKey() == null
                                                    || d.productKey()
                                                            .equals(
                                                                    Names.key(
                                                                            stated
                                                                                    .designatedProduct())))
                            .toList();
            if (sameCondition.size() == 1) {
                match = sameCondition.get(0);
            } else if (sameCondition.size() > 1) {
                one(
                        new LinkedHashSet<>(sameCondition.stream().map(d -> d.id()).toList()),
                        "designation",
                        stated.condition(),
                        "orphan designation");
            } else if (stated.agency() == OrphanAgency.EMA && sameDay.size() == 1) {
                match = sameDay.get(0);
            } else if (sameDay.size() > 1 && stated.agency() == OrphanAgency.EMA) {
                one(
                        new LinkedHashSet<>(sameDay.stream().map(d -> d.id()).toList()),
                        "designation",
                        stated.condition(),
                        "orphan designation");
            }
        }
        UUID indication = indicationNamedIn(product, stated.condition());
        if (match == null) {
            ObjectNode request = newRequest(facts);
            request.put("agency", stated.agency().name());
            putIfPresent(request, "designationNumber", stated.number());
            request.put("designatedCondition", stated.condition());
            putIfPresent(request, "designatedProduct", stated.designatedProduct());
            request.put("productId", product.toString());
            putIfPresent(request, "indicationId", indication);
            putIfPresent(request, "sponsorId", stated.sponsor());
            putIfPresent(
                    request,
                    "designationDate",
                    stated.date() == null ? null : stated.date().toString());
            request.put("status", stated.status().name());
            putIfPresent(request, "registerStatus", stated.registerStatus());
            OrphanDesignation created = create(batch, designations, request);
            index.addDesignation(
                    product,
                    new RegisterIndex.Designation(
                            created.id,
                            stated.agency(),
                            stated.number(),
                            stated.date(),
                            Names.medicalKey(stated.condition()),
                            Names.key(stated.designatedProduct())));
            return;
        }
        OrphanDesignation designation = em.find(OrphanDesignation.class, match.id());
        ObjectNode request = designations.requestNodeOf(designation);
        boolean changed = fill(request, "designationNumber", stated.number());
        changed |= fill(request, "designatedProduct", stated.designatedProduct());
        changed |= set(request, "status", stated.status().name());
        changed |=
                stated.registerStatus() != null
                        && set(request, "registerStatus", stated.registerStatus());
        changed |=
                stated.sponsor() != null && fill(request, "sponsorId", stated.sponsor().toString());
        changed |= indication != null && fill(request, "indicationId", indication.toString());
        boolean differs = false;
        if (differs(designation.designatedCondition, stated.condition())) {
            batch.warn(
                    "designatedCondition",
                    "the register states \""
                            + stated.condition()
                            + "\"; the designation keeps \""
                            + designation.designatedCondition
                            + "\" and cites the row");
            differs = true;
        }
        if (designation.designationDate != null
                && stated.date() != null
                && !designation.designationDate.equals(stated.date())) {
            batch.warn(
                    "designationDate",
                    "the register states "
                            + stated.date()
                            + "; the designation keeps "
                            + designation.designationDate
                            + " and cites the row");
            differs = true;
        }
        boolean repeated = context.createdHere(designation.createdAt, designation.createdBy);
        if (changed || ((differs || repeated) && !cites(designation, facts.row()))) {
            cite(request, facts, batch);
            update(batch, designations, designation, request);
            RegisterIndex.Designation now =
                    new RegisterIndex.Designation(
                            match.id(),
                            match.agency(),
                            text(request, "designationNumber"),
                            match.date(),
                            match.conditionKey(),
                            Names.key(text(request, "designatedProduct")));
            if (!now.equals(match)) {
                index.replaceDesignation(product, match, now);
            }
        }
    }

    /** A regulatory event as a register states it. */
    record EventFacts(
            RegulatoryAgency agency,
            EventType type,
            Outcome outcome,
            LocalDate date,
            String description,
            String procedure,
            LocalDate exclusivityEnd,
            String indicationText) {}

    /**
     * Writes an event a row states for a candidate: matched by candidate, agency, type and date
     * (and, for several on one day, description); created otherwise.
     */
    void event(UUID product, EventFacts stated, Facts facts, Batch batch) {
        Set<UUID> anchored = index.anchor(locator(facts.row())).events;
        List<RegisterIndex.Event> sameDay =
                index.product(product).events.stream()
                        .filter(e -> e.agency() == stated.agency() && e.type() == stated.type())
                        .filter(e -> stated.date().equals(e.date()))
                        .toList();
        List<RegisterIndex.Event> cited =
                sameDay.stream().filter(e -> anchored.contains(e.id())).toList();
        if (cited.size() == 1) {
            sameDay = cited;
        }
        List<RegisterIndex.Event> same =
                sameDay.size() <= 1
                        ? sameDay
                        : sameDay.stream()
                                .filter(
                                        e ->
                                                java.util.Objects.equals(
                                                        e.descriptionKey(),
                                                        Names.medicalKey(stated.description())))
                                .toList();
        if (cited.size() != 1
                && stated.agency() == RegulatoryAgency.FDA
                && same.size() == 1
                && !java.util.Objects.equals(
                        same.get(0).descriptionKey(), Names.medicalKey(stated.description()))) {
            // The FDA approves several indications on one day: each approval is its own event.
            same = List.of();
        }
        UUID id =
                one(
                        new LinkedHashSet<>(same.stream().map(RegisterIndex.Event::id).toList()),
                        "event",
                        stated.type() + " of " + stated.date(),
                        "regulatory event");
        UUID indication =
                stated.indicationText() == null
                        ? null
                        : indicationNamedIn(product, stated.indicationText());
        if (id == null) {
            ObjectNode request = newRequest(facts);
            request.put("productId", product.toString());
            putIfPresent(request, "indicationId", indication);
            request.put("agency", stated.agency().name());
            putIfPresent(request, "procedure", stated.procedure());
            request.put("type", stated.type().name());
            request.put("outcome", stated.outcome().name());
            request.put("date", stated.date().toString());
            request.put("datePrecision", "DAY");
            request.put("expected", false);
            request.put("description", stated.description());
            putIfPresent(
                    request,
                    "exclusivityEndDate",
                    stated.exclusivityEnd() == null ? null : stated.exclusivityEnd().toString());
            RegulatoryEvent created = create(batch, events, request);
            index.addEvent(
                    product,
                    new RegisterIndex.Event(
                            created.id,
                            stated.agency(),
                            stated.type(),
                            stated.date(),
                            Names.medicalKey(stated.description())));
            return;
        }
        RegulatoryEvent event = em.find(RegulatoryEvent.class, id);
        ObjectNode request = events.requestNodeOf(event);
        boolean changed =
                stated.exclusivityEnd() != null
                        && set(request, "exclusivityEndDate", stated.exclusivityEnd().toString());
        changed |= indication != null && fill(request, "indicationId", indication.toString());
        changed |= fill(request, "procedure", stated.procedure());
        boolean repeated = context.createdHere(event.createdAt, event.createdBy);
        if (changed || (repeated && !cites(event, facts.row()))) {
            cite(request, facts, batch);
            update(batch, events, event, request);
        }
    }

    static void putIfPresent(ObjectNode request, String field, Object value) {
        if (value != null) {
            request.put(field, value.toString());
        }
    }

    static Set<UUID> union(Collection<UUID> a, Collection<UUID> b) {
        Set<UUID> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
