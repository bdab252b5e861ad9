package org.pharmapipeline.patent;

/** The office that granted a patent. */
public enum PatentOffice {
    EPO,
    USPTO,
    JPO,
    WIPO
}
