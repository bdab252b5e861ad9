package org.pharmapipeline.imports;

/**
 * One row of an uploaded file.
 *
 * @param number its line in a text file, or its row in a spreadsheet, counting from 1
 * @param text the row's own words, quoted when a register import cites it
 * @param content what the format read from it
 * @param <T> the format's reading of a row
 */
public record Row<T>(long number, String text, T content) {}
