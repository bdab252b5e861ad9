package org.pharmapipeline.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.query.PageParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.security.Actor;
import org.pharmapipeline.source.SourceDocument;

/**
 * Accepts uploads for import and reports on imports. An upload is checked as far as it can be
 * before it is accepted (its parameters, its size, its kind of file, its columns), so that a file
 * that cannot be imported is refused at once with a problem; what can only be judged row by row is
 * reported on the import.
 */
@ApplicationScoped
public class ImportService {

    /** A date in a file name: fda-orphan-designations-2017-02-01.tsv is as of 2017-02-01. */
    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private static final Pattern DISPOSITION_NAME =
            Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    public static final String OCTET_STREAM = "application/octet-stream";

    @Inject ImportSettings settings;

    @Inject ImportFormats formats;

    @Inject CollectionRegistry collections;

    @Inject ImportRunner runner;

    @Inject EntityManager em;

    @Inject ObjectMapper json;

    @Inject Actor actor;

    /** Checks, stores and queues an upload; answers the new import. */
    public ImportResponse accept(
            InputStream body, String contentType, ImportParams params, String pathCollection)
            throws IOException {
        String mediaType = mediaType(contentType);
        OnError onError = onError(params.onError);
        ImportFormat<?> format = format(params.format, mediaType);
        CollectionDefinition<?, ?, ?> collection =
                collection(format, pathCollection != null ? pathCollection : params.collection);
        if (mediaType == null
                || !(format.mediaTypes().contains(mediaType) || OCTET_STREAM.equals(mediaType))) {
            throw ProblemException.unsupportedMediaType(
                    "Format "
                            + format.name()
                            + " is sent as "
                            + String.join(" or ", format.mediaTypes())
                            + " (or "
                            + OCTET_STREAM
                            + "), not "
                            + (mediaType == null ? "without a Content-Type" : mediaType)
                            + ".");
        }
        String fileName = fileName(params, format);
        Upload.Spooled spooled =
                Upload.spool(body, directory(), settings.maxUploadSize().asLongValue());
        Upload upload =
                new Upload(
                        spooled.file(),
                        fileName,
                        mediaType,
                        spooled.size(),
                        spooled.checksum(),
                        collection,
                        asOf(params, fileName, format));
        try {
            format.check(upload);
            ImportRun run = queue(upload, format, params, onError);
            runner.submit(run.id, upload, format);
            return ImportResponse.of(run, null);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload.file());
            throw e;
        }
    }

    /** Stores the import as queued, refusing a second import of a file that is being imported. */
    private ImportRun queue(
            Upload upload, ImportFormat<?> format, ImportParams params, OnError onError) {
        ImportRun run = new ImportRun();
        run.id = UUID.randomUUID();
        run.state = ImportState.QUEUED;
        run.format = format.name();
        run.collection = upload.collection() == null ? null : upload.collection().name();
        run.fileName = upload.fileName();
        run.mediaType = upload.mediaType();
        run.size = upload.size();
        run.checksum = upload.checksum();
        run.activeChecksum = upload.checksum();
        run.dryRun = Boolean.TRUE.equals(params.dryRun);
        run.onError = onError;
        run.asOf = upload.asOf();
        run.createdBy = actor.name();
        run.createdAt = ImportStore.now();
        try {
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                em.persist(run);
                                em.flush();
                            });
        } catch (RuntimeException e) {
            UUID active = activeImportOf(upload.checksum());
            if (active == null) {
                throw e;
            }
            throw ProblemException.conflict(
                    "An import of the same file ("
                            + upload.checksum()
                            + ") is queued or running: "
                            + ImportResource.PATH
                            + "/"
                            + active
                            + ". Wait for it to end; imports of the same file run one at a time.",
                    List.of(new Problem.Violation("body", "is being imported already")));
        }
        return run;
    }

    private UUID activeImportOf(String checksum) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                em.createQuery(
                                                "select r.id from ImportRun r where r.activeChecksum = :c",
                                                UUID.class)
                                        .setParameter("c", checksum)
                                        .getResultStream()
                                        .findFirst()
                                        .orElse(null));
    }

    public ImportResponse get(UUID id) {
        ImportRun run = em.find(ImportRun.class, id);
        if (run == null) {
            throw ProblemException.notFound("import", id);
        }
        return response(run);
    }

    /** The imports, newest first, optionally in one state. */
    public PageResponse<ImportResponse> list(ImportState state, PageParams page) {
        String where = state == null ? "" : " where r.state = :state";
        var count = em.createQuery("select count(r) from ImportRun r" + where, Long.class);
        var query =
                em.createQuery(
                        "select r from ImportRun r" + where + " order by r.createdAt desc, r.id",
                        ImportRun.class);
        if (state != null) {
            count.setParameter("state", state);
            query.setParameter("state", state);
        }
        List<ImportResponse> items =
                query
                        .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
                        .setMaxResults(page.size)
                        .getResultList()
                        .stream()
                        .map(this::response)
                        .toList();
        return PageResponse.of(items, page, count.getSingleResult());
    }

    /** The rejected rows and warnings of an import, by row. */
    public PageResponse<ImportProblemResponse> problems(
            UUID id, RowProblem.Severity severity, PageParams page) {
        if (em.find(ImportRun.class, id) == null) {
            throw ProblemException.notFound("import", id);
        }
        String where =
                " where p.importId = :id" + (severity == null ? "" : " and p.severity = :severity");
        var count = em.createQuery("select count(p) from RowProblem p" + where, Long.class);
        var query =
                em.createQuery(
                        "select p from RowProblem p" + where + " order by p.row, p.severity, p.id",
                        RowProblem.class);
        count.setParameter("id", id);
        query.setParameter("id", id);
        if (severity != null) {
            count.setParameter("severity", severity);
            query.setParameter("severity", severity);
        }
        List<ImportProblemResponse> items =
                query
                        .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
                        .setMaxResults(page.size)
                        .getResultList()
                        .stream()
                        .map(p -> ImportProblemResponse.of(p, violations(p)))
                        .toList();
        return PageResponse.of(items, page, count.getSingleResult());
    }

    private List<Problem.Violation> violations(RowProblem p) {
        try {
            return json.readValue(p.violations, new TypeReference<List<Problem.Violation>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportResponse response(ImportRun run) {
        Ref source = null;
        if (run.sourceId != null) {
            SourceDocument document = em.find(SourceDocument.class, run.sourceId);
            source = new Ref(run.sourceId, document == null ? null : document.title);
        }
        return ImportResponse.of(run, source);
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static OnError onError(String value) {
        if (value == null || value.isBlank()) {
            return OnError.ABORT;
        }
        for (OnError mode : OnError.values()) {
            if (mode.value().equalsIgnoreCase(value.strip())) {
                return mode;
            }
        }
        throw ProblemException.invalid("onError", "must be abort or skip");
    }

    private ImportFormat<?> format(String name, String mediaType) {
        if (name != null && !name.isBlank()) {
            return formats.named(name);
        }
        return formats.byMediaType(mediaType)
                .orElseThrow(
                        () ->
                                ProblemException.invalid(
                                        "format",
                                        "is required unless the body is "
                                                + NdjsonFormat.MEDIA_TYPE
                                                + " or "
                                                + CsvFormat.MEDIA_TYPE
                                                + "; one of "
                                                + formats.names()));
    }

    private CollectionDefinition<?, ?, ?> collection(ImportFormat<?> format, String name) {
        boolean named = name != null && !name.isBlank();
        if (format.collectionUse() == ImportFormat.CollectionUse.NONE && named) {
            throw ProblemException.invalid(
                    "collection",
                    "is not for format " + format.name() + ", which decides what it writes");
        }
        if (!named) {
            if (format.collectionUse() == ImportFormat.CollectionUse.REQUIRED) {
                throw ProblemException.invalid(
                        "collection",
                        "is required for format "
                                + format.name()
                                + ": one of "
                                + collectionNames());
            }
            return null;
        }
        return collections.all().stream()
                .filter(c -> c.name().equals(name.strip()))
                .findFirst()
                .orElseThrow(
                        () ->
                                ProblemException.invalid(
                                        "collection", "must be one of " + collectionNames()));
    }

    private String collectionNames() {
        return String.join(", ", collections.all().stream().map(c -> c.name()).toList());
    }

    /** The file's base name as the client gave it, or one made up from the format. */
    private static String fileName(ImportParams params, ImportFormat<?> format) {
        String name = params.fileName;
        if ((name == null || name.isBlank()) && params.contentDisposition != null) {
            Matcher m = DISPOSITION_NAME.matcher(params.contentDisposition);
            name = m.find() ? m.group(1) : null;
        }
        if (name == null || name.isBlank()) {
            return format.name() + "-upload";
        }
        String base = name.strip().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (base.isBlank() || base.length() > 300) {
            throw ProblemException.invalid(
                    "fileName", "must be a file name of 1 to 300 characters");
        }
        return base;
    }

    /**
     * The date a register's content is as of: as the upload says, else as its file's name says,
     * else the day it is imported. Records in the API's shape have no such date.
     */
    private static LocalDate asOf(ImportParams params, String fileName, ImportFormat<?> format) {
        if (params.asOf != null) {
            return params.asOf;
        }
        if (format.collectionUse() != ImportFormat.CollectionUse.NONE) {
            return null;
        }
        LocalDate named = dateIn(fileName);
        return named != null ? named : LocalDate.now(java.time.ZoneOffset.UTC);
    }

    /** The date a file's name carries, if any. */
    static LocalDate dateIn(String fileName) {
        Matcher m = DATED.matcher(fileName);
        while (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // not a date after all; look further
            }
        }
        return null;
    }

    private Path directory() {
        return Path.of(
                settings.directory()
                        .orElse(
                                Path.of(System.getProperty("java.io.tmpdir"), "pipeline-imports")
                                        .toString()));
    }
}
