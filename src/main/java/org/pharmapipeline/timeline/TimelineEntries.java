package org.pharmapipeline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.domain.DatePrecision;

/**
 * One kind of timeline entry, made from one kind of a product's records: which records (a JPQL
 * condition over alias e on top of belonging to the product) and how each reads as an entry.
 *
 * @param <T> the record
 */
abstract class TimelineEntries<T extends BaseEntity & Cited> {

    private static final Set<String> ACRONYMS =
            Set.of("MAA", "CHMP", "COMP", "EC", "EU", "NDA", "BLA", "PDUFA");

    final TimelineKind kind;
    final Class<T> type;
    final String condition;

    /**
     * @param condition which of the product's records make entries, or null for all of them
     */
    TimelineEntries(TimelineKind kind, Class<T> type, String condition) {
        this.kind = kind;
        this.type = type;
        this.condition = condition;
    }

    /** The entry of one record, which the API serves at {@code href}. */
    abstract TimelineEntry entry(T record, String href);

    /**
     * An entry of this kind for a record: its date written at its precision, its id, and the
     * sources it is cited to.
     */
    final TimelineEntry entry(
            T record,
            String href,
            LocalDate date,
            DatePrecision precision,
            boolean expected,
            String type,
            String title,
            String detail,
            String agency,
            String outcome) {
        return new TimelineEntry(
                date,
                precision,
                precision.label(date),
                expected,
                kind,
                type,
                title,
                detail,
                agency,
                outcome,
                record.id,
                href,
                sources(record));
    }

    /** The source documents a record is cited to, each once. */
    private static List<UUID> sources(Cited record) {
        return record.citations().stream().map(c -> c.sourceId).distinct().toList();
    }

    /** MAA_SUBMITTED becomes "MAA submitted", CHMP_TREND_VOTE "CHMP trend vote". */
    static String words(String constant) {
        List<String> words = new ArrayList<>();
        for (String part : constant.split("_")) {
            words.add(ACRONYMS.contains(part) ? part : part.toLowerCase(Locale.ROOT));
        }
        String text = String.join(" ", words);
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
