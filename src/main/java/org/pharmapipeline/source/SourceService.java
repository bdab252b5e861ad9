package org.pharmapipeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.pharmapipeline.common.CrudService;
import org.pharmapipeline.common.PageParams;
import org.pharmapipeline.common.PageResponse;
import org.pharmapipeline.common.Sorting;

/** Source documents: the records citations point at. */
@ApplicationScoped
public class SourceService extends CrudService<SourceDocument, SourceRequest, SourceResponse> {

    static final Sorting SORTING = Sorting.of("-publishedOn", "publishedOn", "e.publishedOn", "title", "e.title",
            "type", "e.type");

    public SourceService() {
        super(SourceDocument.class, "source document");
    }

    public PageResponse<SourceResponse> list(SourceFilter filter, PageParams page) {
        return list(filter.where(), page);
    }

    @Override
    protected SourceDocument newEntity() {
        return new SourceDocument();
    }

    @Override
    protected void apply(SourceRequest r, SourceDocument s) {
        s.type = r.type();
        s.title = r.title().strip();
        s.publisher = r.publisher();
        s.publishedOn = r.publishedOn();
        s.url = r.url();
        s.reference = r.reference();
        s.contentHash = r.contentHash();
    }

    @Override
    protected SourceResponse toResponse(SourceDocument s) {
        return SourceResponse.of(s);
    }

    @Override
    protected Sorting sorting() {
        return SORTING;
    }
}
