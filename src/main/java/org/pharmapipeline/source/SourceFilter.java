package org.pharmapipeline.source;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /sources. */
public class SourceFilter implements ListFilter {

    @QueryParam("type")
    @Parameter(description = "Only documents of this kind.")
    public SourceType type;

    @QueryParam("publisher")
    @Parameter(
            description = "Publisher contains this text (case-insensitive).",
            example = "EpiCept")
    public String publisher;

    @QueryParam("publishedFrom")
    @Parameter(description = "Published on or after this date.", example = "2006-01-01")
    public LocalDate publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Published on or before this date.", example = "2008-12-31")
    public LocalDate publishedTo;

    @QueryParam("q")
    @Parameter(
            description = "Title or reference contains this text (case-insensitive).",
            example = "Ceplene")
    public String q;

    @Override
    public Where where() {
        return Where.create()
                .eq("e.type", type)
                .contains(publisher, "e.publisher")
                .between(
                        "e.publishedOn", publishedFrom, "publishedFrom", publishedTo, "publishedTo")
                .contains(q, "e.title", "e.reference");
    }
}
