package org.pharmapipeline.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A tab-separated (or, when its first line has no tab, comma-separated) text file, with cells in
 * double quotes where they hold the separator. Read as UTF-8; a file that is not UTF-8 is read as
 * Windows-1252, as the registers' older exports are.
 */
final class DelimitedTable implements Table {

    private final Path file;

    DelimitedTable(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        Charset charset = isUtf8() ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        char delimiter = delimiter(charset);
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .setQuote('"')
                        .setIgnoreEmptyLines(true)
                        .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                        .setTrim(false)
                        .get();
        try (Reader in = Files.newBufferedReader(file, charset);
                CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord record : parser) {
                if (!handler.row(record.getRecordNumber(), record.toList())) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private char delimiter(Charset charset) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, charset)) {
            String first = in.readLine();
            return first != null && first.indexOf('\t') >= 0 ? '\t' : ',';
        }
    }

    private boolean isUtf8() throws IOException {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream bytes = Files.newInputStream(file);
                Reader in = new InputStreamReader(bytes, decoder)) {
            char[] buffer = new char[8192];
            while (in.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
