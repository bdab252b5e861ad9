package org.pharmapipeline.client.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.client.ApiClient;
import org.pharmapipeline.client.ApiException;
import org.pharmapipeline.client.ApiResponse;
import org.pharmapipeline.client.api.CompaniesApi;
import org.pharmapipeline.client.api.CompaniesApi.APICreateCompanyRequest;
import org.pharmapipeline.client.api.CompaniesApi.APIUpdateCompanyRequest;
import org.pharmapipeline.client.api.ProductCandidatesApi;
import org.pharmapipeline.client.api.ProductCandidatesApi.APIGetProductCandidateRequest;
import org.pharmapipeline.client.api.RegulatoryEventsApi;
import org.pharmapipeline.client.api.RegulatoryEventsApi.APIListRegulatoryEventsRequest;
import org.pharmapipeline.client.api.SearchApi;
import org.pharmapipeline.client.api.SearchApi.APISearchRequest;
import org.pharmapipeline.client.model.Company;
import org.pharmapipeline.client.model.CompanyInput;
import org.pharmapipeline.client.model.CompanyPatch;
import org.pharmapipeline.client.model.Problem;
import org.pharmapipeline.client.model.ProductCandidate;
import org.pharmapipeline.client.model.RecordKind;
import org.pharmapipeline.client.model.RegulatoryEvent;
import org.pharmapipeline.client.model.RegulatoryEventPage;
import org.pharmapipeline.client.model.SearchHit;

/**
 * An integrator's first session with the pipeline API through the generated client: search, read
 * Ceplene with its ETag, page the regulatory events by cursor to the end, create a company, update
 * it with If-Match, and read the 412 of a stale update as a typed problem. Exits non-zero when the
 * service does not behave as its contract says.
 */
public final class Scenario {

    private Scenario() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("pipeline.url", "http://127.0.0.1:8080");
        String token = System.getProperty("pipeline.token", "");
        if (token.isBlank()) {
            throw new IllegalArgumentException("Set -Dpipeline.token to an editor token");
        }
        ApiClient client = new ApiClient();
        client.updateBaseUri(url);

        // 1. Search every kind of record.
        var hits = new SearchApi(client).search(APISearchRequest.newBuilder().q("ceplene").build());
        SearchHit ceplene =
                hits.getItems().stream()
                        .filter(h -> h.getType() == RecordKind.PRODUCT_CANDIDATE)
                        .filter(h -> h.getTitle().equals("Ceplene"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("search did not find Ceplene"));
        ok("search found Ceplene among " + hits.getTotalItems() + " hits");

        // 2. Read Ceplene with its ETag; the same ETag in If-None-Match gives 304.
        ProductCandidatesApi products = new ProductCandidatesApi(client);
        ApiResponse<ProductCandidate> read =
                products.getProductCandidateWithHttpInfo(
                        APIGetProductCandidateRequest.newBuilder().id(ceplene.getId()).build());
        String etag = header(read.getHeaders(), "ETag");
        check(
                "histamine dihydrochloride".equals(read.getData().getInn())
                        && ("\"" + read.getData().getVersion() + "\"").equals(etag),
                "Ceplene (" + read.getData().getInn() + ") has ETag " + etag);
        try {
            products.getProductCandidate(
                    APIGetProductCandidateRequest.newBuilder()
                            .id(ceplene.getId())
                            .ifNoneMatch(etag)
                            .build());
            throw new AssertionError("an unchanged record must answer 304");
        } catch (ApiException notModified) {
            check(notModified.getCode() == 304, "an unchanged record answers 304 to If-None-Match");
        }

        // 3. Page the regulatory events by cursor to the end.
        RegulatoryEventsApi events = new RegulatoryEventsApi(client);
        Set<String> sort = Set.of("date");
        RegulatoryEventPage page =
                events.listRegulatoryEvents(
                        APIListRegulatoryEventsRequest.newBuilder().size(2).sort(sort).build());
        long total = page.getTotalItems();
        Set<UUID> seen = new HashSet<>();
        int count = 0;
        while (true) {
            for (RegulatoryEvent event : page.getItems()) {
                seen.add(event.getId());
                count++;
            }
            if (page.getNextCursor() == null) {
                break;
            }
            page =
                    events.listRegulatoryEvents(
                            APIListRegulatoryEventsRequest.newBuilder()
                                    .cursor(page.getNextCursor())
                                    .size(2)
                                    .sort(sort)
                                    .build());
        }
        check(
                count == total && seen.size() == total,
                "paged " + count + " of " + total + " regulatory events by cursor, each once");

        // 4. Create a company.
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        CompaniesApi companies = new CompaniesApi(client);
        ApiResponse<Company> created =
                companies.createCompanyWithHttpInfo(
                        APICreateCompanyRequest.newBuilder()
                                .companyInput(
                                        new CompanyInput()
                                                .name("Generated Client Pharma " + UUID.randomUUID())
                                                .country("SE"))
                                .build());
        String createdTag = header(created.getHeaders(), "ETag");
        check(
                created.getStatusCode() == 201 && header(created.getHeaders(), "Location") != null,
                "created " + created.getData().getName() + " with ETag " + createdTag);

        // 5. Update it with If-Match, as a merge patch: set one field, clear another.
        UUID id = created.getData().getId();
        Company patched =
                companies.updateCompany(
                        APIUpdateCompanyRequest.newBuilder()
                                .id(id)
                                .ifMatch(createdTag)
                                .companyPatch(new CompanyPatch().headquarters("Stockholm").country(null))
                                .build());
        check(
                "Stockholm".equals(patched.getHeadquarters()) && patched.getCountry() == null,
                "updated to version " + patched.getVersion() + ": headquarters set, country cleared");

        // 6. A second writer still holding the first version gets a typed 412 problem.
        try {
            companies.updateCompany(
                    APIUpdateCompanyRequest.newBuilder()
                            .id(id)
                            .ifMatch(createdTag)
                            .companyPatch(new CompanyPatch().headquarters("Oslo"))
                            .build());
            throw new AssertionError("a stale update must be refused");
        } catch (ApiException stale) {
            Problem problem = client.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
            check(
                    stale.getCode() == 412
                            && problem.getType() == Problem.TypeEnum.URN_PIPELINE_PROBLEM_STALE_VERSION
                            && problem.getStatus() == 412,
                    "a stale update is refused: " + problem.getTitle() + " (" + problem.getType() + ")");
        }
        System.out.println("scenario: 6 passed, 0 failed");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("Scenario failed: " + what);
        }
        ok(what);
    }

    private static void ok(String what) {
        System.out.println("ok - " + what);
    }
}
