package org.pharmapipeline.company;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /companies. */
public class CompanyFilter implements ListFilter {

    @QueryParam("q")
    @Parameter(
            description = "Name or an alias contains this text (case-insensitive).",
            example = "epicept")
    public String q;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 country of the head office.", example = "US")
    public String country;

    @QueryParam("ticker")
    @Parameter(description = "Listed under this ticker on any exchange.", example = "EPCT")
    public String ticker;

    @Override
    public Where where() {
        return Where.create()
                .clause(
                        "lower(e.name) like :%s escape '!' or exists (select 1 from Company c join c.aliases a"
                                + " where c = e and lower(a) like :%s escape '!')",
                        q == null || q.isBlank() ? null : Where.likePattern(q))
                .eq("e.country", country == null ? null : country.strip().toUpperCase(Locale.ROOT))
                .clause(
                        "exists (select 1 from Company c join c.listings l where c = e and upper(l.ticker) = :%s)",
                        ticker == null ? null : ticker.strip().toUpperCase(Locale.ROOT));
    }
}
