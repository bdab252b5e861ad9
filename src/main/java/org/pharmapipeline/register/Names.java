package org.pharmapipeline.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names as registers and releases write them differently, reduced to one key to match them by:
 * case, accents, punctuation and spacing do not count, nor trademark signs ("Adcetris(R)"), nor how
 * a legal form is spelt ("Ltd." and "Limited", "S.A." and "SA"), nor British and American spelling
 * in medical text ("leukaemia" and "leukemia"). Conservative on purpose: "EpiCept GmbH" and
 * "EpiCept Corporation" stay two names.
 */
public final class Names {

    private static final Map<String, String> LEGAL_FORMS =
            Map.of(
                    "incorporated", "inc",
                    "corporation", "corp",
                    "company", "co",
                    "limited", "ltd");

    /** Trademark signs, written out or not: (R), (TM), ®, ™. */
    private static final Pattern TRADEMARK =
            Pattern.compile("\\((r|tm)\\)|[\u00ae\u2122]", Pattern.CASE_INSENSITIVE);

    private Names() {}

    /** The key of a name (of a company, a product, a substance); null for blank text. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String text =
                Normalizer.normalize(TRADEMARK.matcher(name).replaceAll(" "), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT)
                        .replace("&", " and ")
                        .replaceAll("[^a-z0-9]+", " ")
                        .strip();
        if (text.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String word : text.split(" ")) {
            // Letters written apart (S. A., L.L.C.) are one word: SA, LLC.
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                initials.append(word);
                continue;
            }
            if (!initials.isEmpty()) {
                words.add(initials.toString());
                initials.setLength(0);
            }
            words.add(LEGAL_FORMS.getOrDefault(word, word));
        }
        if (!initials.isEmpty()) {
            words.add(initials.toString());
        }
        return String.join(" ", words);
    }

    /** The key of medical text (a condition, a disease), British spelling made American. */
    public static String medicalKey(String text) {
        String key = key(text);
        return key == null ? null : key.replace("ae", "e").replace("oe", "e");
    }

    /** Whether medical text mentions a disease: its key holds the disease's key as whole words. */
    public static boolean mentions(String text, String disease) {
        String haystack = medicalKey(text);
        String needle = medicalKey(disease);
        return haystack != null
                && needle != null
                && (" " + haystack + " ").contains(" " + needle + " ");
    }
}
