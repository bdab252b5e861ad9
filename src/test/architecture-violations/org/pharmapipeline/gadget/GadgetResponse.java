package org.pharmapipeline.gadget;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feature's response body. */
@Schema(name = "Gadget")
public record GadgetResponse(UUID id, String name) {}
