package org.pharmapipeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.query.KindPager;
import org.pharmapipeline.query.PageParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.query.Sorting;

/** Source documents: the records citations point at. */
@ApplicationScoped
public class SourceService extends CrudService<SourceDocument, SourceRequest, SourceResponse> {

    public SourceService() {
        super(
                Sources.COLLECTION,
                SourceDocument::new,
                SourceResponse::of,
                Sorting.by("-publishedOn")
                        .optionalField("publishedOn", "e.publishedOn", LocalDate.class)
                        .field("title", "e.title", String.class)
                        .field("type", "e.type", SourceType.class));
    }

    /** Every fact cited to a source, kind by kind, in the order each record lists its citations. */
    public PageResponse<CitingRecord> citing(UUID sourceId, PageParams page) {
        find(sourceId);
        List<CollectionDefinition<?, ?, ?>> kinds =
                collections.byKind().stream()
                        .filter(c -> Cited.class.isAssignableFrom(c.entity()))
                        .toList();
        return KindPager.page(
                kinds,
                kind -> {
                    String from =
                            " from "
                                    + kind.entity().getSimpleName()
                                    + " e join e.citations c where c.sourceId = :source";
                    return KindPager.queried(
                            em,
                            "select count(c)" + from,
                            "select e.id, "
                                    + kind.title()
                                    + ", c.quote, c.locator"
                                    + from
                                    + " order by e.id, index(c)",
                            "source",
                            sourceId,
                            r ->
                                    new CitingRecord(
                                            kind.kind(),
                                            (UUID) r[0],
                                            (String) r[1],
                                            (String) r[2],
                                            (String) r[3],
                                            kind.href((UUID) r[0])));
                },
                page);
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
}
