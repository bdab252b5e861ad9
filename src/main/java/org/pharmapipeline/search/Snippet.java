package org.pharmapipeline.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a record's text that shows why it matched: a window of the text around the first
 * matched word, with every matched word in it marked «like this», and … where the text was cut.
 */
public final class Snippet {

    /** Characters of text a snippet shows, at most (besides its marks). */
    static final int WIDTH = 160;

    /** Characters shown before the first matched word, at most. */
    static final int LEAD = 40;

    public static final String OPEN = "«";
    public static final String CLOSE = "»";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

    private Snippet() {}

    /**
     * @param text the record's text
     * @param words the query's words; the last one also matches as a prefix
     */
    public static String of(String text, List<String> words) {
        Matcher word = WORD.matcher(text);
        int first = -1;
        while (word.find()) {
            if (matches(word.group(), words)) {
                first = word.start();
                break;
            }
        }
        int start = first <= LEAD ? 0 : wordStart(text, first - LEAD, first);
        int end = Math.min(text.length(), start + WIDTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        StringBuilder snippet = new StringBuilder();
        if (start > 0) {
            snippet.append('…');
        }
        int at = start;
        word = WORD.matcher(text).region(start, end);
        while (word.find()) {
            if (matches(word.group(), words)) {
                snippet.append(text, at, word.start())
                        .append(OPEN)
                        .append(word.group())
                        .append(CLOSE);
                at = word.end();
            }
        }
        snippet.append(text, at, end);
        if (end < text.length()) {
            snippet.append('…');
        }
        return snippet.toString().strip();
    }

    private static boolean matches(String word, List<String> words) {
        String folded = Words.fold(word);
        int last = words.size() - 1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (folded.equals(w) || (i == last && folded.startsWith(w))) {
                return true;
            }
        }
        return false;
    }

    /** The start of the first word from {@code index} on, so a snippet does not begin mid-word. */
    private static int wordStart(String text, int index, int first) {
        int space = text.indexOf(' ', index);
        return space < 0 || space >= first ? index : space + 1;
    }
}
