package org.pharmapipeline.changes;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** GET /api/v1/changes: the change feed, with an optional long poll. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Changes",
        description =
                "Every committed create, update and delete of every record, in commit order, for"
                        + " clients that keep a copy in sync (see the export).")
public class ChangeFeedResource {

    @Inject ChangeFeedService feed;

    @GET
    @Blocking
    @Operation(
            operationId = "listChanges",
            summary = "Follow the changes of every record",
            description =
                    "The changes committed after the cursor, oldest first: kind, id, version,"
                            + " operation (CREATED, UPDATED, DELETED), time, actor, href and the"
                            + " record as the change left it. Gap-free: a change committed after a"
                            + " page was answered always sorts after that page's next cursor, so"
                            + " following next misses nothing and repeats nothing. Replaying the"
                            + " feed from the start rebuilds every record. With wait, an empty"
                            + " answer waits up to that many seconds for a change.")
    public Uni<RestResponse<ChangePage>> changes(
            @Valid @BeanParam ChangeParams params, @Context UriInfo uri) {
        // Taken before reading, so a commit between the read and the wait wakes the wait.
        CompletionStage<Void> commit = feed.nextCommit();
        ChangePage page = feed.page(params);
        if (!page.items().isEmpty() || params.wait == 0) {
            return Uni.createFrom().item(answer(page, uri));
        }
        return Uni.createFrom()
                .completionStage(commit)
                .ifNoItem()
                .after(Duration.ofSeconds(params.wait))
                .recoverWithItem((Void) null)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(nothing -> answer(feed.page(params), uri));
    }

    private static RestResponse<ChangePage> answer(ChangePage page, UriInfo uri) {
        Link next =
                Link.fromUri(
                                uri.getRequestUriBuilder()
                                        .replaceQueryParam("after", page.next())
                                        .build())
                        .rel("next")
                        .build();
        return RestResponse.ResponseBuilder.ok(page).header("Link", next.toString()).build();
    }
}
