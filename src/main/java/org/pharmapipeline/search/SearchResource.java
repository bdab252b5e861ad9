package org.pharmapipeline.search;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.collection.RecordKind;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.web.Http;

/** HTTP API of search across all records, and of type-ahead suggestions. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Search",
        description = "Find records of every kind by name, INN, code, disease or description.")
public class SearchResource {

    private static final String TYPE =
            "Only these kinds of records (repeat the parameter for several).";

    @Inject SearchService service;

    @GET
    @Operation(
            operationId = "search",
            summary = "Search all records",
            description =
                    "Finds the records that hold every word of q (case and accents ignored; words are"
                            + " runs of letters and digits), the last word also as the start of a"
                            + " word: product names, INNs and research codes, company names and"
                            + " aliases, diseases and their codes, designated conditions and"
                            + " numbers, event descriptions and procedures, trial titles and"
                            + " registry ids, the stated bases of figures, source titles; a record"
                            + " about a product is found by the product's name and INN too. A code"
                            + " is found written apart or together: EPC 2407, EPC-2407, epc2407."
                            + " Hits are ranked by relevance: a word found in a name, INN or code"
                            + " counts 8, in a disease 4, in a description 2, in the name of the"
                            + " product a record is about 1, an exact last word counts twice; ties"
                            + " by title, kind and id. Pages by number (with totals) or by cursor;"
                            + " sort is not accepted.")
    public RestResponse<PageResponse<SearchHit>> search(
            @Parameter(
                            description = "Text to find, 2 to 200 characters, at most 10 words.",
                            example = "ceplene",
                            required = true)
                    @QueryParam("q")
                    @NotBlank(message = "is required")
                    @Size(min = 2, max = 200, message = "must be 2 to 200 characters")
                    String q,
            @Parameter(description = TYPE) @QueryParam("type") List<RecordKind> type,
            @Valid @BeanParam SearchParams page,
            @Context UriInfo uri) {
        if (q.strip().length() < 2) {
            throw ProblemException.invalid("q", "must be 2 to 200 characters");
        }
        page.requireNoSort();
        return Http.page(service.search(q.strip(), kinds(type), page), uri);
    }

    @GET
    @Path("/suggest")
    @Operation(
            operationId = "suggest",
            summary = "Suggest records while a search text is typed",
            description =
                    "The records whose names, INNs or codes hold every word of q, the last word as"
                            + " the start of a word, best first (an exact last word first, then by"
                            + " title, kind and id): for a search box.")
    public SuggestResponse suggest(
            @Parameter(
                            description = "Text typed so far, 1 to 100 characters.",
                            example = "cep",
                            required = true)
                    @QueryParam("q")
                    @NotBlank(message = "is required")
                    @Size(max = 100, message = "must be 1 to 100 characters")
                    String q,
            @Parameter(description = TYPE) @QueryParam("type") List<RecordKind> type,
            @Parameter(description = "Suggestions wanted, 1 to 10.", example = "10")
                    @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(
                            value = 1,
                            message = "must be between 1 and " + SearchService.MAX_SUGGESTIONS)
                    @Max(
                            value = SearchService.MAX_SUGGESTIONS,
                            message = "must be between 1 and " + SearchService.MAX_SUGGESTIONS)
                    int limit) {
        return service.suggest(q.strip(), kinds(type), limit);
    }

    private static Set<RecordKind> kinds(List<RecordKind> type) {
        return type == null ? Set.of() : Set.copyOf(type);
    }
}
