package org.pharmapipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README and the documents under docs/ link to each other and to files of the repository: every
 * relative link must reach a file that exists, and every #anchor a heading of the document it
 * names, so moving a section or renaming a heading cannot leave a reader at a dead end.
 */
@Tag("plain")
class DocumentationLinksTest {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    @Test
    void shouldResolveEveryRelativeLinkAndAnchorOfTheDocumentation() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path document : documents()) {
            for (String target : links(document)) {
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto: lead out of the repository
                }
                checked++;
                String problem = resolve(document, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(document) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 20, "only " + checked + " relative links found: the parser is off");
    }

    @Test
    void shouldKeepTheReadmeAFrontDoor() throws IOException {
        long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= 250, "README.md has " + lines + " lines; move details into docs/");
    }

    @Test
    void shouldSlugHeadingsAsGitHubDoes() {
        assertEquals(
                "update-a-record-if-match-412-and-428",
                slug("Update a record: If-Match, 412 and 428"));
        assertEquals("a-products-timeline", slug("A product's timeline"));
        assertEquals("the-index-get-apiv1", slug("The index, `GET /api/v1`"));
        Set<String> anchors = anchors(List.of("# Notes", "## Notes", "```", "# Not a heading"));
        assertEquals(Set.of("notes", "notes-1"), anchors);
    }

    /** README.md and every Markdown document under docs/. */
    static List<Path> documents() {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** The link targets of a document, outside code blocks and code spans. */
    static List<String> links(Path document) {
        List<String> targets = new ArrayList<>();
        boolean fenced = false;
        for (String line : read(document)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
                while (link.find()) {
                    targets.add(link.group(1));
                }
            }
        }
        return targets;
    }

    /** Null when the target exists, otherwise what is missing. */
    static String resolve(Path document, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor != null) {
            if (!resolved.toString().endsWith(".md")) {
                return "an anchor into a file that is not Markdown";
            }
            if (!anchors(read(resolved)).contains(anchor)) {
                return "no heading with this anchor";
            }
        }
        return null;
    }

    /** The anchors GitHub gives the headings of a document, repeated ones numbered. */
    static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : lines) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches()) {
                String slug = slug(heading.group(1));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces made hyphens. */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                .strip()
                .replace(' ', '-');
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
