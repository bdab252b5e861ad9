package org.pharmapipeline.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 text file, read one at a time whatever the file's size, each cut off at a
 * limit so that one endless line cannot fill the memory. A byte order mark is skipped; bytes that
 * are not UTF-8 make the read fail.
 */
final class Lines implements AutoCloseable {

    /** A line, or the first {@code limit} characters of a longer one ({@code cut} is then true). */
    record Line(long number, String text, boolean cut) {}

    private final BufferedReader reader;
    private final int limit;
    private long number;

    Lines(InputStream in, int limit) {
        this.reader =
                new BufferedReader(
                        new InputStreamReader(
                                in,
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPORT)
                                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                        64 * 1024);
        this.limit = limit;
    }

    /** The next line (without its line break, CRLF or LF), or null at the end. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean cut = false;
        int c;
        boolean any = false;
        while ((c = reader.read()) >= 0) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (text.length() < limit) {
                text.append((char) c);
            } else {
                cut = true;
            }
        }
        if (!any) {
            return null;
        }
        number++;
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1);
        }
        if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return new Line(number, text.toString(), cut);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
