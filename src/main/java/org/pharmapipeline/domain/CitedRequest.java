package org.pharmapipeline.domain;

import java.util.List;

/** A request body that carries the citations of the facts it states. */
public interface CitedRequest {
    List<CitationDto> citations();
}
