// Citations as readers see them: the words the source used, and a link to the source.
import { source } from "./api.js";
import { el } from "./dom.js";
import { dateAsWritten } from "./format.js";

/** A list of citations, each the quoted words with the source they come from. */
export function citationList(citations) {
  if (!citations || citations.length === 0) return null;
  return el(
    "ul",
    { class: "citations", "aria-label": "Sources" },
    citations.map((c) => {
      const cite = el("cite", {}, "Loading the source…");
      source(c.sourceId).then(
        (s) => {
          const title = s.url
            ? el("a", { href: s.url, rel: "noopener noreferrer" }, s.title)
            : el("a", { href: `/api/v1/sources/${s.id}` }, s.title);
          const about = [s.publisher, s.publishedOn ? dateAsWritten(s.publishedOn, "DAY") : null]
            .filter(Boolean)
            .join(", ");
          cite.replaceChildren(title, about ? `, ${about}` : "", c.locator ? ` (${c.locator})` : "");
        },
        () => cite.replaceChildren(el("a", { href: `/api/v1/sources/${c.sourceId}` }, "source")),
      );
      return el(
        "li",
        { class: "citation" },
        el("blockquote", {}, el("p", {}, `“${c.quote}”`)),
        el("p", { class: "cited-from" }, "— ", cite),
      );
    }),
  );
}
