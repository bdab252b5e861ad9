package org.pharmapipeline.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.collection.ExportService;
import org.pharmapipeline.web.StreamedBody;

/**
 * GET /api/v1/export: every record of every collection in one consistent snapshot, with the feed
 * cursor at that snapshot. Open to whoever may read the lists (see {@link
 * org.pharmapipeline.security.ReadAccess}).
 */
@Path("/api/v1/export")
@Tag(
        name = "Export",
        description =
                "Every record of every collection in one file, for clients that keep a copy: the"
                        + " export, then the change feed from its cursor.")
public class ExportResource {

    @Inject ExportService exports;

    @GET
    @Produces(StreamedBody.NDJSON)
    @Operation(
            operationId = "exportRecords",
            summary = "Export every record",
            description =
                    "Every record of every collection as NDJSON, one consistent snapshot: one line"
                            + " per record, the record as a read of it shows it (citations"
                            + " included) with the name of its collection first. Collections come"
                            + " in the order the import writes them, each after those its records"
                            + " refer to; the file imports unchanged (POST /api/v1/imports,"
                            + " format ndjson) and the ids survive. X-Change-Cursor is the change"
                            + " feed's cursor at the snapshot: following GET /api/v1/changes from"
                            + " it misses nothing and repeats nothing. Streamed: the answer starts"
                            + " at once and takes no more memory for a million records than for"
                            + " ten.")
    @APIResponse(
            responseCode = "200",
            description =
                    "Every record, one per line with its collection, streamed; the NDJSON the"
                            + " import reads.",
            headers =
                    @Header(
                            name = ExportService.CHANGE_CURSOR,
                            description =
                                    "The change feed's cursor at the export's snapshot: pass it as"
                                            + " after to GET /api/v1/changes.",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, examples = "1042")),
            content = @Content(mediaType = StreamedBody.NDJSON))
    public RestResponse<StreamedBody> export() {
        return RestResponse.ok(exports.export());
    }
}
