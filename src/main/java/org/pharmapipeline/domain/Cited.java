package org.pharmapipeline.domain;

import java.util.List;

/** An entity whose facts are cited to source documents. */
public interface Cited {
    List<Citation> citations();
}
