package org.pharmapipeline.marketestimate;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /market-estimates. */
public class MarketEstimateFilter implements ListFilter {

    @QueryParam("product")
    @Parameter(description = "Figures about this product candidate id.")
    public UUID product;

    @QueryParam("indication")
    @Parameter(description = "Figures about this indication id.")
    public UUID indication;

    @QueryParam("metric")
    @Parameter(description = "Of this metric.", example = "PREVALENCE")
    public Metric metric;

    @QueryParam("region")
    @Parameter(description = "For this region (ISO 3166-1 alpha-2, EU or WW).", example = "EU")
    public String region;

    @QueryParam("currency")
    @Parameter(description = "In this ISO 4217 currency.", example = "USD")
    public String currency;

    @QueryParam("statedFrom")
    @Parameter(description = "Stated on or after this date.", example = "2006-01-01")
    public LocalDate statedFrom;

    @QueryParam("statedTo")
    @Parameter(description = "Stated on or before this date.", example = "2006-12-31")
    public LocalDate statedTo;

    @Override
    public Where where() {
        return Where.create()
                .eq("e.product.id", product)
                .eq("e.indication.id", indication)
                .eq("e.metric", metric)
                .eq("e.region", region == null ? null : region.strip().toUpperCase(Locale.ROOT))
                .eq(
                        "e.currency",
                        currency == null ? null : currency.strip().toUpperCase(Locale.ROOT))
                .between("e.statedOn", statedFrom, "statedFrom", statedTo, "statedTo");
    }
}
