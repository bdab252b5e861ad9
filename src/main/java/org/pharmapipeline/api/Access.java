package org.pharmapipeline.api;

import static org.pharmapipeline.api.OpenApiModel.appendDescription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.pharmapipeline.api.OpenApiDocumentation.PathOperation;
import org.pharmapipeline.collection.CrudResource;
import org.pharmapipeline.security.Roles;

/**
 * Who may call an operation: the roles a write needs come from the annotations on {@link
 * CrudResource}, so the contract cannot drift from what the service enforces; reads are open unless
 * the service is configured to require a role. An operation that declares its own requirement (the
 * imports, admin only) keeps it. OpenAPI 3.1 lets a bearer scheme's requirement list role names.
 */
final class Access {

    /** The bearer token scheme; its definition comes from quarkus.smallrye-openapi.security-*. */
    static final String BEARER_AUTH = "bearerAuth";

    private static final Map<PathItem.HttpMethod, List<String>> WRITE_ROLES = writeRoles();

    private Access() {}

    /** Whether the operation is one of the API's, which tokens and roles apply to. */
    static boolean applies(PathOperation o) {
        return o.path().startsWith("/api/");
    }

    static void document(PathOperation o) {
        if (!applies(o)) {
            return;
        }
        Operation operation = o.operation();
        List<String> roles = WRITE_ROLES.get(o.method());
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            // Declared on the resource (imports need the admin role, reads of them too).
            roles = operation.getSecurity().get(0).getScheme(BEARER_AUTH);
            appendDescription(
                    operation,
                    "Needs a bearer token with the role " + String.join(" or ", roles) + ".");
            return;
        }
        if (roles != null) {
            operation.setSecurity(
                    List.of(OASFactory.createSecurityRequirement().addScheme(BEARER_AUTH, roles)));
            appendDescription(
                    operation,
                    "Needs a bearer token with the role " + String.join(" or ", roles) + ".");
        } else {
            operation.setSecurity(
                    List.of(
                            OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement()
                                    .addScheme(BEARER_AUTH, Roles.READERS)));
            appendDescription(
                    operation,
                    "Open without a token by default; when the service requires a role for"
                            + " reading (pipeline.security.read-requires-role), needs a bearer"
                            + " token with the role "
                            + String.join(", ", Roles.READERS.subList(0, Roles.READERS.size() - 1))
                            + " or "
                            + Roles.READERS.get(Roles.READERS.size() - 1)
                            + ".");
        }
    }

    /** The roles of each write method of {@link CrudResource}, by HTTP method. */
    private static Map<PathItem.HttpMethod, List<String>> writeRoles() {
        Map<PathItem.HttpMethod, List<String>> roles = new EnumMap<>(PathItem.HttpMethod.class);
        for (Method method : CrudResource.class.getDeclaredMethods()) {
            RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (allowed != null && http != null) {
                    roles.put(PathItem.HttpMethod.valueOf(http.value()), List.of(allowed.value()));
                }
            }
        }
        return roles;
    }
}
