package org.pharmapipeline.patent;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.Sorting;

/** Patents of product candidates. */
@ApplicationScoped
@IfBuildProperty(name = PatentsRegistered.PROPERTY, stringValue = PatentsRegistered.VALUE)
public class PatentService extends CrudService<Patent, PatentRequest, PatentResponse> {

    public PatentService() {
        super(
                Patents.COLLECTION,
                Patent::new,
                PatentResponse::of,
                Sorting.by("patentNumber")
                        .field("patentNumber", "e.patentNumber", String.class)
                        .optionalField("expiresOn", "e.expiresOn", LocalDate.class)
                        .field("office", "e.office", PatentOffice.class));
    }

    @Override
    protected void apply(PatentRequest r, Patent p) {
        p.product = reference(ProductCandidate.class, r.productId(), "productId");
        p.patentNumber = r.patentNumber().strip();
        p.title = r.title();
        p.office = r.office();
        p.expiresOn = r.expiresOn();
    }
}
