package org.pharmapipeline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.problem.ProblemException;

/**
 * An uploaded file, stored on local disk while it is imported, with what the upload said about it.
 *
 * @param file where the bytes are
 * @param fileName the name the client gave it
 * @param mediaType the Content-Type it came with, without parameters
 * @param size its length in bytes
 * @param checksum sha256: and its hex SHA-256
 * @param collection the collection it writes, when the import names one
 * @param asOf the date the register's content is as of, when known
 */
public record Upload(
        Path file,
        String fileName,
        String mediaType,
        long size,
        String checksum,
        CollectionDefinition<?, ?, ?> collection,
        LocalDate asOf) {

    /** The first bytes of every ZIP archive, and so of every XLSX workbook. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /**
     * Streams a body to a new file in {@code directory}, computing its checksum on the way and
     * refusing it with a 413 problem once it passes {@code limit} bytes, or with a 400 when it is
     * empty. Only a buffer's worth of the body is in memory at any time.
     */
    public static Spooled spool(InputStream body, Path directory, long limit) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "import-", ".upload");
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; body != null && (n = body.read(buffer)) > 0; ) {
                size += n;
                if (size > limit) {
                    throw ProblemException.payloadTooLarge("more than " + limit, limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (size == 0) {
            Files.deleteIfExists(file);
            throw ProblemException.invalid("body", "is empty; send the file to import");
        }
        return new Spooled(file, size, "sha256:" + HexFormat.of().formatHex(sha256.digest()));
    }

    /** A body stored on disk. */
    public record Spooled(Path file, long size, String checksum) {}

    /** Whether the file starts as a ZIP archive does, as every XLSX workbook must. */
    public boolean looksLikeZip() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }
}
