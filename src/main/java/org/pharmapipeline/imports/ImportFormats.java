package org.pharmapipeline.imports;

import io.quarkus.arc.All;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pharmapipeline.problem.ProblemException;

/** Every import format the application provides, by name. */
@Singleton
public class ImportFormats {

    private final List<ImportFormat<?>> formats;

    @Inject
    public ImportFormats(@All List<ImportFormat<?>> formats) {
        this.formats = formats.stream().sorted(Comparator.comparing(ImportFormat::name)).toList();
    }

    public List<ImportFormat<?>> all() {
        return formats;
    }

    /** The format of this name, or a 400 listing the formats there are. */
    public ImportFormat<?> named(String name) {
        return find(name)
                .orElseThrow(() -> ProblemException.invalid("format", "must be one of " + names()));
    }

    public Optional<ImportFormat<?>> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return formats.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    /**
     * The format a body is in when the upload does not say: the generic format whose usual media
     * type it has.
     */
    public Optional<ImportFormat<?>> byMediaType(String mediaType) {
        return formats.stream()
                .filter(f -> f.collectionUse() != ImportFormat.CollectionUse.NONE)
                .filter(f -> f.mediaTypes().get(0).equals(mediaType))
                .findFirst();
    }

    public String names() {
        return formats.stream().map(ImportFormat::name).collect(Collectors.joining(", "));
    }
}
