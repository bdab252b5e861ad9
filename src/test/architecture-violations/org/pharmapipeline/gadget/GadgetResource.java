package org.pharmapipeline.gadget;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;

/** A resource that gives entities away and opens its own transaction. */
@Path("/gadgets")
public class GadgetResource {

    @GET
    public GadgetResponse get() {
        return new GadgetResponse(null, "fine: a response record");
    }

    @GET
    @Path("raw")
    public Gadget raw() {
        return new Gadget();
    }

    @GET
    @Path("all")
    public List<Gadget> all() {
        return List.of();
    }

    @PUT
    @Transactional
    public GadgetResponse replace(Gadget body) {
        return new GadgetResponse(body.id, body.name);
    }
}
