package org.pharmapipeline.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How texts and search queries are cut into the words of the search index: lower case (in the root
 * locale), accents removed, split on everything that is not a letter or a digit. A code written in
 * parts is found by its parts and written together: "EPC 2407" and "EPC-2407" are indexed as epc,
 * 2407 and epc2407, and "QLT1042" as qlt1042, qlt and 1042.
 */
public final class Words {

    /** Longer words are cut to this length, in the index and in queries alike. */
    public static final int MAX_LENGTH = 100;

    private Words() {}

    /** The words of a query, in order, each once. */
    public static List<String> of(String text) {
        return List.copyOf(new LinkedHashSet<>(split(text)));
    }

    /** The words a text is indexed under. */
    public static Set<String> indexed(String text) {
        List<String> words = split(text);
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            terms.add(word);
            List<String> parts = parts(word);
            if (parts.size() > 1) {
                terms.addAll(parts);
            }
            if (i + 1 < words.size()) {
                String next = words.get(i + 1);
                if (Character.isLetter(word.charAt(word.length() - 1))
                        && Character.isDigit(next.charAt(0))) {
                    terms.add(cut(word + next));
                }
            }
        }
        return terms;
    }

    /**
     * The least word above every word that starts with {@code prefix}, for the range {@code term >=
     * prefix and term < bound}: the prefix with its last character raised, carrying past z (past 9
     * comes a, since digits sort before letters); null when no word is above them all. Words hold
     * letters and digits only, which every collation sorts alike.
     */
    public static String bound(String prefix) {
        StringBuilder bound = new StringBuilder(prefix);
        while (!bound.isEmpty()) {
            int last = bound.length() - 1;
            char c = bound.charAt(last);
            if (c == '9') {
                bound.setCharAt(last, 'a');
                return bound.toString();
            }
            if (c != 'z' && c != Character.MAX_VALUE) {
                bound.setCharAt(last, (char) (c + 1));
                return bound.toString();
            }
            bound.setLength(last);
        }
        return null;
    }

    /** The form a word takes in the index: lower case, without accents. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : fold(text).split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                words.add(cut(word));
            }
        }
        return words;
    }

    /** A word cut where letters meet digits: qlt1042 gives qlt and 1042. */
    private static List<String> parts(String word) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i)) != Character.isDigit(word.charAt(i - 1))) {
                parts.add(word.substring(start, i));
                start = i;
            }
        }
        parts.add(word.substring(start));
        return parts;
    }

    private static String cut(String word) {
        return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
    }
}
