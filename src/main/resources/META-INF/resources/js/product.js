// A product candidate's page: what it is, its indications, and its timeline with the precision of
// each date as its source wrote it, expected events marked, and the citations behind every fact.
import { get } from "./api.js";
import { citationList } from "./citations.js";
import { el, failure, show } from "./dom.js";
import { dateAsWritten, datetime, phaseName, words } from "./format.js";

const root = document.getElementById("product");
const id = root.dataset.id;

function facts(pairs) {
  return el(
    "dl",
    { class: "facts" },
    pairs
      .filter(([, value]) => value !== null && value !== undefined && value !== "")
      .map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]),
  );
}

function header(p) {
  document.title = `${p.name} · Pharma pipeline`;
  return el(
    "section",
    { "aria-labelledby": "product-name" },
    el("h1", { id: "product-name" }, p.name),
    p.inn ? el("p", { class: "lead" }, p.inn) : null,
    facts([
      ["Company", el("a", { href: `/?owner=${p.owner.id}` }, p.owner.name)],
      ["Partners", p.partners.map((x) => x.company.name + (x.role ? ` (${x.role})` : "")).join("; ")],
      ["Highest phase", phaseName(p.highestPhase)],
      ["Status", words(p.status)],
      ["Modality", words(p.modality)],
      ["Mechanism of action", p.mechanismOfAction],
      ["Therapeutic areas", p.therapeuticAreas.join(", ")],
      ["Research codes", p.researchCodes.join(", ")],
    ]),
    p.description ? el("p", {}, p.description) : null,
    citationList(p.citations),
  );
}

function indications(page) {
  return el(
    "section",
    { "aria-labelledby": "indications" },
    el("h2", { id: "indications" }, "Indications"),
    page.items.length === 0
      ? el("p", {}, "No indication is recorded.")
      : el(
          "ul",
          { class: "cards" },
          page.items.map((i) =>
            el(
              "li",
              { class: "card" },
              el("h3", {}, i.diseaseLabel),
              i.setting ? el("p", {}, i.setting) : null,
              facts([
                ["Phase", phaseName(i.phase)],
                ["Development", words(i.developmentStatus)],
                ["Combined with", i.combinationPartners.join(", ")],
                ["Regions", i.regions.join(", ")],
                ["Notes", i.notes],
              ]),
              citationList(i.citations),
            ),
          ),
        ),
  );
}

function timelineEntry(entry) {
  const when = el(
    "time",
    { datetime: datetime(entry.date, entry.datePrecision) },
    dateAsWritten(entry.date, entry.datePrecision),
  );
  const sources = el("div", { class: "entry-sources" });
  // The record behind the entry carries the citations: only those are fetched.
  get(entry.href.replace(/^\/api\/v1\//, ""), { fields: ["citations"] }).then(
    (record) => show(sources, citationList(record.citations)),
    () => show(sources, null),
  );
  return el(
    "li",
    { class: entry.expected ? "entry expected" : "entry", "data-kind": entry.kind, "data-type": entry.type },
    el(
      "p",
      { class: "entry-when" },
      when,
      entry.expected ? el("strong", { class: "badge" }, "Expected") : null,
    ),
    el("h3", { class: "entry-title" }, entry.title),
    entry.detail ? el("p", {}, entry.detail) : null,
    sources,
  );
}

function timeline(t) {
  return el(
    "section",
    { "aria-labelledby": "timeline" },
    el("h2", { id: "timeline" }, "Timeline"),
    el(
      "p",
      { class: "hint" },
      "Dates read as the sources wrote them: a day, a month, a quarter or a year. Events not yet past when announced are marked expected.",
    ),
    t.entries.length === 0 ? el("p", {}, "Nothing is dated yet.") : el("ol", { class: "timeline" }, t.entries.map(timelineEntry)),
  );
}

async function start() {
  try {
    const [product, indicationPage, history] = await Promise.all([
      get(`product-candidates/${id}`),
      get("indications", { product: id, size: 200, sort: ["diseaseLabel"] }),
      get(`product-candidates/${id}/timeline`),
    ]);
    show(root, header(product), indications(indicationPage), timeline(history));
  } catch (error) {
    document.title = "Not found · Pharma pipeline";
    show(root, el("h1", {}, error.status === 404 ? "No such product candidate" : "Could not load this product"), failure(error));
  }
}

start();
