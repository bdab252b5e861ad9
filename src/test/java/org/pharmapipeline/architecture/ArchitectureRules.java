package org.pharmapipeline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules that keep the layout of the service as docs/architecture.md describes it. They name
 * classes by what they are (annotations, packages, names), never by a list of today's classes, so
 * they hold for a collection added tomorrow. {@code ArchitectureTest} checks them against the
 * service; {@code ArchitectureRulesCanFailTest} shows that each one catches the violation it is
 * written for.
 */
public final class ArchitectureRules {

    static final String ROOT = "org.pharmapipeline";

    /** The rooms every feature shares; everything else directly under the root is a feature. */
    static final Set<String> SHARED =
            Set.of("api", "collection", "domain", "problem", "query", "web", "security");

    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String API_SCHEMA =
            "org.eclipse.microprofile.openapi.annotations.media.Schema";
    private static final String CRUD_RESOURCE = ROOT + ".collection.CrudResource";
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final Set<String> TRANSACTION_APIS =
            Set.of(
                    "io.quarkus.narayana.jta.QuarkusTransaction",
                    "jakarta.transaction.UserTransaction",
                    "jakarta.transaction.TransactionManager");

    private ArchitectureRules() {}

    /** No package depends on itself through others: imports point one way. */
    public static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching(ROOT + ".(*)..")
                    .should()
                    .beFreeOfCycles()
                    .because("imports between packages point one way, down to the shared rooms");

    /** The shared rooms know no feature: they learn the collections from the registry. */
    public static final ArchRule SHARED_ROOMS_KNOW_NO_FEATURE =
            noClasses()
                    .that(inA("shared room", true))
                    .should()
                    .dependOnClassesThat(inA("feature", false))
                    .because("the shared rooms learn the collections from the registry");

    /**
     * A feature may use another's entity, enums, service, filter and declaration, never its HTTP
     * layer: its resource, and the request and response records the API exchanges.
     */
    public static final ArchRule FEATURES_KEEP_OUT_OF_EACH_OTHERS_HTTP_LAYER =
            classes()
                    .that(inA("feature", false))
                    .should(notReachIntoAnotherFeaturesHttpLayer())
                    .allowEmptyShould(true);

    /** Resources take and give request and response records, never entities. */
    public static final ArchRule RESOURCES_EXCHANGE_DTOS_NOT_ENTITIES =
            methods()
                    .that()
                    .areDeclaredInClassesThat(resources())
                    .and()
                    .arePublic()
                    .should(neitherReturnNorTakeEntities())
                    .allowEmptyShould(true);

    /** Transactions are opened by services (and the loader of the bundled dataset) only. */
    public static final ArchRule ONLY_SERVICES_OPEN_TRANSACTIONS =
            noClasses()
                    .that(notServices())
                    .should(openTransactions())
                    .because(
                            "a request's writes commit or roll back as one, in the service that"
                                    + " makes them; the dataset loader, which runs at start,"
                                    + " loads the whole dataset in one transaction");

    /** Every rule, for the tests that check or break them all. */
    public static final List<ArchRule> ALL =
            List.of(
                    NO_PACKAGE_CYCLES,
                    SHARED_ROOMS_KNOW_NO_FEATURE,
                    FEATURES_KEEP_OUT_OF_EACH_OTHERS_HTTP_LAYER,
                    RESOURCES_EXCHANGE_DTOS_NOT_ENTITIES,
                    ONLY_SERVICES_OPEN_TRANSACTIONS);

    /** The room directly under the root that a class lives in ("indication"), or null. */
    static String room(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> inA(String what, boolean shared) {
        return DescribedPredicate.describe(
                "are in a " + what,
                type -> room(type) != null && SHARED.contains(room(type)) == shared);
    }

    /** A resource, or a record the API documents as a request or response body. */
    static boolean inHttpLayer(JavaClass type) {
        return isResource(type) || (type.isRecord() && type.isAnnotatedWith(API_SCHEMA));
    }

    private static boolean isResource(JavaClass type) {
        return type.isAnnotatedWith(PATH) || type.isAssignableTo(CRUD_RESOURCE);
    }

    private static DescribedPredicate<JavaClass> resources() {
        return DescribedPredicate.describe("are resources", ArchitectureRules::isResource);
    }

    private static DescribedPredicate<JavaClass> notServices() {
        return DescribedPredicate.describe(
                "are not services",
                type ->
                        !outermost(type).getSimpleName().endsWith("Service")
                                && !"seed".equals(room(type)));
    }

    /** The top-level class a nested or anonymous class belongs to. */
    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesHttpLayer() {
        return new ArchCondition<>("not reach into another feature's HTTP layer") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String room = room(target);
                    if (room != null
                            && !SHARED.contains(room)
                            && !room.equals(room(origin))
                            && inHttpLayer(target)) {
                        events.add(
                                SimpleConditionEvent.violated(
                                        dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> neitherReturnNorTakeEntities() {
        return new ArchCondition<>("neither return nor take entities") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaType> types = new ArrayList<>(method.getParameterTypes());
                types.add(method.getReturnType());
                for (JavaType type : types) {
                    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                        if (involved.isAnnotatedWith(ENTITY)) {
                            events.add(
                                    SimpleConditionEvent.violated(
                                            method,
                                            method.getFullName()
                                                    + " exchanges the entity "
                                                    + involved.getName()));
                        }
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> openTransactions() {
        return new ArchCondition<>("open transactions") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (type.isAnnotatedWith(TRANSACTIONAL)) {
                    events.add(
                            SimpleConditionEvent.satisfied(
                                    type, type.getName() + " is annotated @Transactional"));
                }
                type.getMethods().stream()
                        .filter(m -> m.isAnnotatedWith(TRANSACTIONAL))
                        .forEach(
                                m ->
                                        events.add(
                                                SimpleConditionEvent.satisfied(
                                                        m,
                                                        m.getFullName()
                                                                + " is annotated @Transactional")));
                type.getDirectDependenciesFromSelf().stream()
                        .filter(d -> TRANSACTION_APIS.contains(d.getTargetClass().getName()))
                        .forEach(
                                d ->
                                        events.add(
                                                SimpleConditionEvent.satisfied(
                                                        d, d.getDescription())));
            }
        };
    }
}
