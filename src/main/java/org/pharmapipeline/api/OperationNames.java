package org.pharmapipeline.api;

import static org.pharmapipeline.api.OpenApiModel.article;
import static org.pharmapipeline.api.OpenApiModel.describeIfNoDescription;
import static org.pharmapipeline.api.OpenApiModel.isPage;
import static org.pharmapipeline.api.OpenApiModel.responseSchemaName;
import static org.pharmapipeline.api.OpenApiModel.words;

import java.util.Set;
import org.eclipse.microprofile.openapi.models.Operation;
import org.pharmapipeline.api.OpenApiDocumentation.PathOperation;

/**
 * Operation ids, summaries and descriptions of the operations every collection shares (read one,
 * list, create, replace, update part of, delete), named after the collection's path: getCompany
 * "Get a company", createRegulatoryEvent, listOrphanDesignations. An id or summary written on the
 * resource method wins over these.
 */
final class OperationNames {

    /** The summaries the framework makes up from the HTTP method, which these replace. */
    private static final Set<String> GENERATED_SUMMARIES =
            Set.of("Get", "Create", "Update", "Delete");

    /** The path segment of a collection's counts. */
    static final String COUNTS = "/counts";

    /** The path segment of a record's history. */
    static final String HISTORY = "/history";

    private OperationNames() {}

    static void document(PathOperation o) {
        Operation operation = o.operation();
        String one = singular(o.path());
        String noun = article(one) + " " + words(one);
        switch (o.method()) {
            case GET -> {
                if (o.path().endsWith(HISTORY)) {
                    name(operation, "get" + one + "History", "Get the history of " + noun);
                    describeIfNoDescription(
                            operation,
                            "Every committed change of the record, newest first: the version it"
                                    + " made, when, by whom, whether it created, updated or"
                                    + " deleted the record, and the fields it changed with their"
                                    + " old and new values. A deleted record's history stays"
                                    + " readable; 404 only for an id that never existed.");
                } else if (o.onRecord() && responseSchemaName(operation) != null) {
                    name(operation, "get" + one, "Get " + noun);
                } else if (isPage(operation)) {
                    name(operation, "list" + collection(o.path()), null);
                } else if (o.path().endsWith(COUNTS)) {
                    String plural = collection(o.path());
                    name(operation, "count" + plural, "Count " + words(plural));
                    describeIfNoDescription(
                            operation,
                            "The records the list would return for the same filters, counted by"
                                    + " the fields in by, in one answer: every bucket, none cut"
                                    + " off, in the order of the values (or largest first with"
                                    + " sort=-count). Date fields count by year, quarter or"
                                    + " month; a date known only to the month, quarter or year"
                                    + " counts on the first day of its period.");
                }
            }
            case POST -> name(operation, "create" + one, "Create " + noun);
            case PUT -> {
                name(operation, "replace" + one, "Replace " + noun);
                describeIfNoDescription(
                        operation,
                        "Replaces the whole record. Send the ETag of the version you"
                                + " read in If-Match; a stale one is refused with 412 so no update overwrites another.");
            }
            case PATCH -> {
                name(operation, "update" + one, "Update part of " + noun);
                describeIfNoDescription(
                        operation,
                        "A JSON Merge Patch (RFC 7396) of the record's input form:"
                                + " the fields sent replace the stored ones, null removes an"
                                + " optional field, lists are replaced whole. The result must"
                                + " satisfy every rule of a PUT. Send the ETag you read in"
                                + " If-Match.");
            }
            case DELETE -> {
                // Summarised with the collection's noun when the service starts (see
                // CollectionDocumentation): what a source holds is a source document.
                name(operation, "delete" + one, null);
                describeIfNoDescription(
                        operation,
                        "Send the ETag of the version you read in If-Match."
                                + " Refused with 409 while other records refer to this one.");
            }
            default -> {}
        }
    }

    private static void name(Operation operation, String id, String summary) {
        if (operation.getOperationId() == null) {
            operation.setOperationId(Character.toLowerCase(id.charAt(0)) + id.substring(1));
        }
        String current = operation.getSummary();
        if (summary != null && (current == null || GENERATED_SUMMARIES.contains(current))) {
            operation.setSummary(summary);
        }
    }

    /** "/api/v1/regulatory-events/{id}" → "RegulatoryEvents". */
    private static String collection(String path) {
        String segment = path.replaceAll("/(\\{id}|counts|\\{id}/history)$", "");
        segment = segment.substring(segment.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        for (String part : segment.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    /** "/api/v1/companies/{id}" → "Company". */
    private static String singular(String path) {
        String plural = collection(path);
        return plural.endsWith("ies")
                ? plural.substring(0, plural.length() - 3) + "y"
                : plural.substring(0, plural.length() - 1);
    }
}
