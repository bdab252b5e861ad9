package org.pharmapipeline.page;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages people open in a browser: the pipeline chart at /, a product candidate's page and the
 * calendar of expected events. Each is a server-rendered shell (templates/pages) whose scripts read
 * the public API, as any other front end would; none reads the database itself. They are not part
 * of the API, so the contract leaves them out.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    @Inject
    @Location("pages/pipeline.html")
    Template pipeline;

    @Inject
    @Location("pages/product.html")
    Template product;

    @Inject
    @Location("pages/calendar.html")
    Template calendar;

    @GET
    @Operation(hidden = true)
    public TemplateInstance pipeline() {
        return pipeline.data("current", "pipeline");
    }

    @GET
    @Path("products/{id}")
    @Operation(hidden = true)
    public TemplateInstance product(@PathParam("id") UUID id) {
        return product.data("current", "product").data("id", id);
    }

    @GET
    @Path("calendar")
    @Operation(hidden = true)
    public TemplateInstance calendar() {
        return calendar.data("current", "calendar");
    }
}
