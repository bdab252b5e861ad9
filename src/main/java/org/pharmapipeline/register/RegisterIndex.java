package org.pharmapipeline.register;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.orphandesignation.OrphanAgency;
import org.pharmapipeline.regulatoryevent.EventType;
import org.pharmapipeline.regulatoryevent.RegulatoryAgency;

/**
 * What a register import knows of the stored records its rows may name, by the keys it matches them
 * by: companies by normalised name and alias; candidates by normalised name, INN and EMA product
 * number; and, per candidate, its designations, events and indications, loaded for the candidates a
 * batch names. The records the import creates are added as it goes; a batch that is undone takes
 * back what it added.
 */
final class RegisterIndex {

    record Candidate(UUID id, String nameKey, String innKey, String emaNumber, UUID owner) {}

    record Designation(
            UUID id,
            OrphanAgency agency,
            String number,
            LocalDate date,
            String conditionKey,
            String productKey) {}

    record Event(
            UUID id,
            RegulatoryAgency agency,
            EventType type,
            LocalDate date,
            String descriptionKey) {}

    record Indication(UUID id, String diseaseLabel) {}

    /**
     * The records that cite one row of the import's source already: what an earlier import of the
     * same file made of the row, found again without matching anything.
     */
    static final class Anchor {
        UUID product;
        UUID sponsor;
        UUID designation;
        final Set<UUID> events = new LinkedHashSet<>();
    }

    /** A candidate's records. */
    static final class Product {
        final List<Designation> designations = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<Indication> indications = new ArrayList<>();
    }

    private final EntityManager em;
    private boolean loaded;
    private final Map<String, Set<UUID>> companies = new HashMap<>();
    private final Map<UUID, Candidate> candidates = new HashMap<>();
    private final Map<String, Set<UUID>> candidatesByName = new HashMap<>();
    private final Map<String, Set<UUID>> candidatesByInn = new HashMap<>();
    private final Map<String, Set<UUID>> candidatesByEmaNumber = new HashMap<>();
    private final Map<UUID, Product> products = new HashMap<>();
    private final Map<String, UUID> productByNumber = new HashMap<>();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final Map<String, Anchor> anchors = new HashMap<>();

    RegisterIndex(EntityManager em) {
        this.em = em;
    }

    /** Loads the companies and candidates, once. */
    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (Object[] c :
                em.createQuery("select c.id, c.name from Company c", Object[].class)
                        .getResultList()) {
            put(companies, Names.key((String) c[1]), (UUID) c[0]);
        }
        for (Object[] a :
                em.createQuery("select c.id, a from Company c join c.aliases a", Object[].class)
                        .getResultList()) {
            put(companies, Names.key((String) a[1]), (UUID) a[0]);
        }
        for (Object[] p :
                em.createQuery(
                                "select p.id, p.name, p.inn, p.emaProductNumber, p.owner.id"
                                        + " from ProductCandidate p",
                                Object[].class)
                        .getResultList()) {
            candidate(
                    new Candidate(
                            (UUID) p[0],
                            Names.key((String) p[1]),
                            Names.key((String) p[2]),
                            (String) p[3],
                            (UUID) p[4]));
        }
    }

    /** Loads the designations, events and indications of these candidates, once each. */
    void loadProducts(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(id -> !products.containsKey(id)).toList();
        if (wanted.isEmpty()) {
            return;
        }
        wanted.forEach(id -> products.put(id, new Product()));
        for (Object[] d :
                em.createQuery(
                                "select d.id, d.product.id, d.agency, d.designationNumber,"
                                        + " d.designationDate, d.designatedCondition,"
                                        + " d.designatedProduct"
                                        + " from OrphanDesignation d where d.product.id in :ids",
                                Object[].class)
                        .setParameter("ids", wanted)
                        .getResultList()) {
            products.get((UUID) d[1])
                    .designations
                    .add(
                            new Designation(
                                    (UUID) d[0],
                                    (OrphanAgency) d[2],
                                    (String) d[3],
                                    (LocalDate) d[4],
                                    Names.medicalKey((String) d[5]),
                                    Names.key((String) d[6])));
            if (d[3] != null) {
                productByNumber.put((String) d[3], (UUID) d[1]);
            }
        }
        for (Object[] e :
                em.createQuery(
                                "select e.id, e.product.id, e.agency, e.type, e.date,"
                                        + " e.description from RegulatoryEvent e"
                                        + " where e.product.id in :ids",
                                Object[].class)
                        .setParameter("ids", wanted)
                        .getResultList()) {
            products.get((UUID) e[1])
                    .events
                    .add(
                            new Event(
                                    (UUID) e[0],
                                    (RegulatoryAgency) e[2],
                                    (EventType) e[3],
                                    (LocalDate) e[4],
                                    Names.medicalKey((String) e[5])));
        }
        for (Object[] i :
                em.createQuery(
                                "select i.id, i.product.id, i.diseaseLabel from Indication i"
                                        + " where i.product.id in :ids",
                                Object[].class)
                        .setParameter("ids", wanted)
                        .getResultList()) {
            products.get((UUID) i[1]).indications.add(new Indication((UUID) i[0], (String) i[2]));
        }
    }

    /**
     * Finds the records that cite these rows (by locator) of a source: a file imported before is
     * matched row by row to what it made, so that importing it again finds exactly those records.
     * Returns the candidates they belong to.
     */
    Set<UUID> loadAnchors(UUID source, Collection<String> locators) {
        anchors.clear();
        Set<UUID> products = new HashSet<>();
        if (source == null || locators.isEmpty()) {
            return products;
        }
        for (Object[] d :
                em.createQuery(
                                "select d.id, d.product.id, d.sponsor.id, c.locator from"
                                        + " OrphanDesignation d join d.citations c"
                                        + " where c.sourceId = :source and c.locator in :locators",
                                Object[].class)
                        .setParameter("source", source)
                        .setParameter("locators", locators)
                        .getResultList()) {
            Anchor anchor = anchors.computeIfAbsent((String) d[3], l -> new Anchor());
            anchor.designation = (UUID) d[0];
            anchor.product = (UUID) d[1];
            anchor.sponsor = (UUID) d[2];
        }
        for (Object[] e :
                em.createQuery(
                                "select e.id, e.product.id, c.locator from RegulatoryEvent e"
                                        + " join e.citations c"
                                        + " where c.sourceId = :source and c.locator in :locators",
                                Object[].class)
                        .setParameter("source", source)
                        .setParameter("locators", locators)
                        .getResultList()) {
            Anchor anchor = anchors.computeIfAbsent((String) e[2], l -> new Anchor());
            anchor.events.add((UUID) e[0]);
            if (anchor.product == null) {
                anchor.product = (UUID) e[1];
            }
        }
        for (Object[] p :
                em.createQuery(
                                "select p.id, c.locator from ProductCandidate p join p.citations c"
                                        + " where c.sourceId = :source and c.locator in :locators",
                                Object[].class)
                        .setParameter("source", source)
                        .setParameter("locators", locators)
                        .getResultList()) {
            Anchor anchor = anchors.computeIfAbsent((String) p[1], l -> new Anchor());
            if (anchor.product == null) {
                anchor.product = (UUID) p[0];
            }
        }
        anchors.values().forEach(a -> products.add(a.product));
        products.remove(null);
        return products;
    }

    /** What cites a row already, or an empty anchor. */
    Anchor anchor(String locator) {
        return anchors.getOrDefault(locator, new Anchor());
    }

    /** The product ids of the designations with these numbers, loading those products. */
    Set<UUID> productsOfNumbers(Collection<String> numbers) {
        Set<UUID> found = new HashSet<>();
        if (!numbers.isEmpty()) {
            found.addAll(
                    em.createQuery(
                                    "select d.product.id from OrphanDesignation d"
                                            + " where d.designationNumber in :numbers",
                                    UUID.class)
                            .setParameter("numbers", numbers)
                            .getResultList());
        }
        return found;
    }

    Set<UUID> companies(String name) {
        return companies.getOrDefault(Names.key(name), Set.of());
    }

    Candidate candidate(UUID id) {
        return candidates.get(id);
    }

    Set<UUID> candidatesNamed(String name) {
        return candidatesByName.getOrDefault(Names.key(name), Set.of());
    }

    Set<UUID> candidatesWithInn(String inn) {
        return candidatesByInn.getOrDefault(Names.key(inn), Set.of());
    }

    Set<UUID> candidatesNumbered(String emaNumber) {
        return emaNumber == null
                ? Set.of()
                : candidatesByEmaNumber.getOrDefault(emaNumber, Set.of());
    }

    /** A candidate's records; the candidate must have been loaded (or created by the import). */
    Product product(UUID id) {
        return products.computeIfAbsent(id, k -> new Product());
    }

    /** The designation with this number, among the loaded candidates'. */
    Designation designationNumbered(String number) {
        UUID product = productNumbered(number);
        return product == null
                ? null
                : products.get(product).designations.stream()
                        .filter(d -> number.equals(d.number()))
                        .findFirst()
                        .orElse(null);
    }

    /** The candidate that holds the designation with this number, among the loaded ones. */
    UUID productNumbered(String number) {
        return productByNumber.get(number);
    }

    void addCompany(UUID id, String name) {
        String key = Names.key(name);
        put(companies, key, id);
        undo.push(() -> remove(companies, key, id));
    }

    void addCandidate(Candidate candidate) {
        candidate(candidate);
        undo.push(
                () -> {
                    candidates.remove(candidate.id());
                    remove(candidatesByName, candidate.nameKey(), candidate.id());
                    remove(candidatesByInn, candidate.innKey(), candidate.id());
                    remove(candidatesByEmaNumber, candidate.emaNumber(), candidate.id());
                    products.remove(candidate.id());
                });
    }

    /** Replaces what the index knows of a candidate (after a change to it). */
    void updateCandidate(Candidate updated) {
        Candidate before = candidates.get(updated.id());
        drop(updated);
        candidate(updated);
        undo.push(
                () -> {
                    drop(updated);
                    if (before != null) {
                        candidate(before);
                    }
                });
    }

    void addDesignation(UUID product, Designation designation) {
        List<Designation> list = product(product).designations;
        list.add(designation);
        number(designation, product);
        undo.push(
                () -> {
                    list.remove(designation);
                    number(designation, null);
                });
    }

    void replaceDesignation(UUID product, Designation before, Designation after) {
        List<Designation> list = product(product).designations;
        list.set(list.indexOf(before), after);
        number(after, product);
        undo.push(
                () -> {
                    list.set(list.indexOf(after), before);
                    number(after, null);
                    number(before, product);
                });
    }

    private void number(Designation designation, UUID product) {
        if (designation.number() != null) {
            if (product == null) {
                productByNumber.remove(designation.number());
            } else {
                productByNumber.put(designation.number(), product);
            }
        }
    }

    void addEvent(UUID product, Event event) {
        List<Event> list = product(product).events;
        list.add(event);
        undo.push(() -> list.remove(event));
    }

    /** The batch's additions are kept. */
    void commit() {
        undo.clear();
    }

    /** The batch's additions are taken back. */
    void rollback() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    private void candidate(Candidate c) {
        candidates.put(c.id(), c);
        put(candidatesByName, c.nameKey(), c.id());
        put(candidatesByInn, c.innKey(), c.id());
        put(candidatesByEmaNumber, c.emaNumber(), c.id());
    }

    private void drop(Candidate c) {
        Candidate old = candidates.remove(c.id());
        if (old != null) {
            remove(candidatesByName, old.nameKey(), old.id());
            remove(candidatesByInn, old.innKey(), old.id());
            remove(candidatesByEmaNumber, old.emaNumber(), old.id());
        }
    }

    private static void put(Map<String, Set<UUID>> index, String key, UUID id) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        }
    }

    private static void remove(Map<String, Set<UUID>> index, String key, UUID id) {
        if (key != null && index.containsKey(key)) {
            index.get(key).remove(id);
            if (index.get(key).isEmpty()) {
                index.remove(key);
            }
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
