package org.pharmapipeline.productcandidate;

/** The kind of therapeutic a product candidate is. */
public enum Modality {
    SMALL_MOLECULE,
    PEPTIDE,
    PROTEIN,
    ANTIBODY,
    ANTIBODY_DRUG_CONJUGATE,
    VACCINE,
    CELL_THERAPY,
    GENE_THERAPY,
    NUCLEIC_ACID,
    OTHER,
    UNKNOWN
}
