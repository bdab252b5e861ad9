package org.pharmapipeline.patent;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /patents. */
public class PatentFilter implements ListFilter {

    @QueryParam("product")
    public UUID product;

    @QueryParam("office")
    public PatentOffice office;

    @Override
    public Where where() {
        return Where.create().eq("e.product.id", product).eq("e.office", office);
    }
}
