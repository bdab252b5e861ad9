package org.pharmapipeline.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every request and response a test makes against the contract the service under test serves
 * at /q/openapi, failing the test on any difference (see {@link OpenApiContract}). It is installed
 * for every test by {@link ContractValidationInstaller}, so no test can leave it out.
 */
public final class ContractValidation implements OrderedFilter {

    /** The one instance, so that installing it twice is a no-op. */
    public static final ContractValidation INSTANCE = new ContractValidation();

    private static final Map<String, OpenApiContract> SERVED = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ContractValidation() {}

    /** Adds the filter to REST Assured's global filters unless it is there already. */
    public static void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    /** Last, so it sees the request exactly as sent, after any filter a test adds. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        for (Header h : request.getHeaders()) {
            requestHeaders.put(h.getName(), h.getValue());
        }
        if (request.getContentType() != null) {
            requestHeaders.put("Content-Type", request.getContentType());
        }
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            responseHeaders.put(h.getName(), h.getValue());
        }
        OpenApiContract.Exchange exchange =
                new OpenApiContract.Exchange(
                        request.getMethod(),
                        uri.getRawPath() == null ? "" : decode(uri.getRawPath()),
                        query(uri.getRawQuery()),
                        requestHeaders,
                        body(request.getBody()),
                        response.getStatusCode(),
                        responseHeaders,
                        response.asString());
        List<String> problems = served(uri).check(exchange);
        if (!problems.isEmpty()) {
            String body = exchange.responseBody();
            throw new AssertionError(
                    request.getMethod()
                            + " "
                            + uri.getRawPath()
                            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                            + " → "
                            + response.getStatusCode()
                            + " breaks the API contract:\n  - "
                            + String.join("\n  - ", problems)
                            + "\n  response: "
                            + (body.length() > 800 ? body.substring(0, 800) + "…" : body));
        }
        return response;
    }

    /** The contract the service at this address serves, fetched once per address. */
    private static OpenApiContract served(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return SERVED.computeIfAbsent(
                origin,
                o -> {
                    try {
                        HttpResponse<String> answer =
                                HTTP.send(
                                        HttpRequest.newBuilder(
                                                        URI.create(o + "/q/openapi?format=json"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(
                                    o + "/q/openapi answered " + answer.statusCode());
                        }
                        return new OpenApiContract(answer.body());
                    } catch (IOException e) {
                        throw new IllegalStateException("Cannot read the served contract", e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String body(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String s) {
            return s;
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return String.valueOf(body);
        }
    }
}
