package org.pharmapipeline.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.MYRIAD;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser: Debian's Chromium driven by Playwright (no browser of its own is
 * downloaded). Each test fails on any console error or uncaught script error, and leaves a
 * screenshot of its page in target/screenshots. Tagged "browser": ./mvnw verify -Pbrowser runs
 * these too, as CI does; a plain ./mvnw verify, which needs only a JDK, leaves them out.
 */
@QuarkusTest
@Tag("browser")
class PagesBrowserTest {

    /** The Chromium to drive; -Dpipeline.chromium=... for another. */
    private static final String CHROMIUM =
            System.getProperty("pipeline.chromium", "/usr/bin/chromium");

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    private BrowserContext context;
    private Page page;
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() throws Exception {
        assertTrue(
                Files.isExecutable(Path.of(CHROMIUM)),
                CHROMIUM + " is not installed: apt-get install chromium (CI does)");
        Files.createDirectories(SCREENSHOTS);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser =
                playwright
                        .chromium()
                        .launch(
                                new BrowserType.LaunchOptions()
                                        .setExecutablePath(Path.of(CHROMIUM))
                                        .setHeadless(true)
                                        .setArgs(
                                                List.of(
                                                        "--headless",
                                                        "--no-sandbox",
                                                        "--disable-gpu",
                                                        "--disable-background-networking",
                                                        "--disable-component-update",
                                                        "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        open(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    private void open(Browser.NewContextOptions options) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(options);
        page = context.newPage();
        page.onConsoleMessage(
                message -> {
                    if (message.type().equals("error")) {
                        errors.add("console: " + message.text() + " at " + message.location());
                    }
                });
        page.onPageError(error -> errors.add("script: " + error));
        page.onResponse(
                response -> {
                    if (response.status() >= 400) {
                        errors.add(response.status() + " from " + response.url());
                    }
                });
    }

    @AfterEach
    void closePage() {
        context.close();
        context = null;
        assertEquals(List.of(), errors, "the page logged errors");
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private void screenshot(String name) {
        page.screenshot(
                new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(name + ".png"))
                        .setFullPage(true));
    }

    /** The phase counts the API gives for these filters, by phase. */
    private static Map<String, Integer> apiCounts(Map<String, String> filters) {
        List<Map<String, Object>> buckets =
                given().queryParams(filters)
                        .queryParam("by", "highestPhase")
                        .when()
                        .get("/api/v1/product-candidates/counts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("buckets");
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> b : buckets) {
            @SuppressWarnings("unchecked")
            Map<String, String> values = (Map<String, String>) b.get("values");
            counts.put(values.get("highestPhase"), ((Number) b.get("count")).intValue());
        }
        return counts;
    }

    /** The count each bar of the chart shows, by phase, once the chart is drawn. */
    private Map<String, Integer> chartCounts() {
        page.locator(".bar").first().waitFor();
        Map<String, Integer> shown = new HashMap<>();
        for (Locator bar : page.locator(".bar").all()) {
            int n = Integer.parseInt(bar.locator(".bar-count").innerText().strip());
            if (n > 0) {
                shown.put(bar.getAttribute("data-phase"), n);
            }
        }
        return shown;
    }

    @Test
    void shouldChartThePhaseCountsTheApiReturnsAndListABarsCandidates() {
        page.navigate(url("/"));
        assertEquals(apiCounts(Map.of()), chartCounts());
        assertEquals(
                "Pipeline",
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                        .innerText());
        screenshot("pipeline");

        // The filters narrow the chart to what the API counts for them.
        page.getByLabel("Company", EXACT).selectOption(MYRIAD);
        page.waitForCondition(
                () -> page.locator("#chart-summary").innerText().startsWith("1 candidate"));
        assertEquals(apiCounts(Map.of("owner", MYRIAD)), chartCounts());
        page.getByLabel("Company", EXACT).selectOption("");
        page.getByLabel("Therapeutic area", EXACT).selectOption("Oncology");
        page.waitForCondition(
                () -> page.locator("#chart-summary").innerText().startsWith("1 candidate"));
        assertEquals(apiCounts(Map.of("therapeuticArea", "Oncology")), chartCounts());

        // A bar, chosen with the keyboard, lists its candidates.
        page.locator(".bar[data-phase=FILED]").focus();
        page.keyboard().press("Enter");
        Locator rows = page.locator("#list tbody tr");
        rows.first().waitFor();
        assertEquals(1, rows.count());
        assertEquals("Ceplene", rows.first().locator("th a").innerText());
        assertEquals("histamine dihydrochloride", rows.first().locator("td").first().innerText());
        assertTrue(page.url().contains("highestPhase=FILED"), page.url());
        screenshot("pipeline-filed");
    }

    @Test
    void shouldLabelEveryControlAndMarkTheLandmarks() {
        page.navigate(url("/"));
        page.locator(".bar").first().waitFor();
        for (AriaRole landmark :
                List.of(
                        AriaRole.BANNER,
                        AriaRole.NAVIGATION,
                        AriaRole.SEARCH,
                        AriaRole.MAIN,
                        AriaRole.CONTENTINFO)) {
            assertEquals(1, page.getByRole(landmark).count(), landmark + " landmark");
        }
        Object unlabelled =
                page.evaluate(
                        "() => [...document.querySelectorAll('input, select, button')]"
                                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                                + " && !e.textContent.trim()).length");
        assertEquals(0, ((Number) unlabelled).intValue(), "controls without a label");
    }

    @Test
    void shouldFindCepleneFromCepAndOpenItsPage() {
        page.navigate(url("/"));
        Locator box =
                page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName("Find a candidate or company"));
        box.pressSequentially("cep");
        Locator option =
                page.getByRole(AriaRole.OPTION)
                        .filter(new Locator.FilterOptions().setHasText("Ceplene"));
        option.first().waitFor();
        assertEquals("true", box.getAttribute("aria-expanded"));
        screenshot("search");
        box.press("ArrowDown");
        assertEquals("true", page.getByRole(AriaRole.OPTION).first().getAttribute("aria-selected"));
        box.press("Enter");
        page.waitForURL("**/products/" + CEPLENE);
        assertEquals("Ceplene", page.locator("h1").innerText());
    }

    @Test
    void shouldShowCeplenesTimelineInOrderAsWrittenWithTheExpectedOpinionMarked() {
        page.navigate(url("/products/" + CEPLENE));
        Locator entries = page.locator(".timeline > li");
        entries.first().waitFor();
        List<String> kinds = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Locator entry : entries.all()) {
            kinds.add(entry.getAttribute("data-kind"));
            types.add(entry.getAttribute("data-type"));
        }
        int designation = kinds.indexOf("ORPHAN_DESIGNATION");
        int maa = types.indexOf("MAA_SUBMITTED");
        int opinion = types.indexOf("CHMP_OPINION");
        assertTrue(
                designation >= 0 && maa > designation,
                "the 2005 designation before the 2006 MAA: " + types);
        assertEquals("11 Apr 2005", entries.nth(designation).locator("time").innerText());
        assertEquals("9 Oct 2006", entries.nth(maa).locator("time").innerText());
        Locator expected = entries.nth(opinion);
        assertEquals("Mar 2008", expected.locator("time").innerText());
        assertEquals("2008-03", expected.locator("time").getAttribute("datetime"));
        assertTrue(expected.getAttribute("class").contains("expected"));
        assertEquals("Expected", expected.locator(".badge").textContent());
        assertEquals(
                "Feb 2008",
                entries.nth(types.indexOf("CHMP_TREND_VOTE")).locator("time").innerText());
        for (Locator entry : entries.all()) {
            boolean marked = entry.getAttribute("class").contains("expected");
            assertEquals(marked ? 1 : 0, entry.locator(".badge").count());
        }
        assertEquals(1, page.locator(".timeline > li.expected").count());

        // Citations show the words their source used and link to it.
        Locator quote = expected.locator(".citation blockquote").first();
        quote.waitFor();
        assertEquals("“Final Opinion from EMEA Expected Next Month”", quote.innerText());
        Locator source = expected.locator(".cited-from a").first();
        page.waitForCondition(() -> source.innerText().startsWith("EpiCept Announces"));
        assertTrue(
                source.getAttribute("href")
                        .endsWith("/api/v1/sources/3f6c2a7e-0c1d-4a55-9a10-000000000002"));

        Locator indications = page.locator("#indications + .cards > li h3");
        assertEquals(
                List.of("Acute myeloid leukemia", "Malignant melanoma"),
                indications.allInnerTexts());
        page.waitForLoadState();
        screenshot("product");
    }

    @Test
    void shouldListTheExpectedOpinionInTheCalendar() {
        page.navigate(url("/calendar"));
        Locator entries = page.locator(".timeline > li");
        entries.first().waitFor();
        assertEquals(1, entries.count());
        assertEquals("Mar 2008", entries.first().locator("time").innerText());
        assertTrue(entries.first().locator("h3").innerText().startsWith("Ceplene: CHMP"));
        screenshot("calendar");
    }

    @Test
    void shouldFitAPhoneScreen() {
        open(
                new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setIsMobile(true)
                        .setHasTouch(true));
        for (String path : List.of("/", "/products/" + CEPLENE, "/calendar")) {
            page.navigate(url(path));
            page.locator("main h1").waitFor();
            page.waitForLoadState();
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(
                    ((Number) overflow).intValue() <= 0,
                    path + " scrolls sideways by " + overflow + "px");
        }
        page.navigate(url("/"));
        page.locator(".bar").first().waitFor();
        screenshot("pipeline-phone");
    }
}
