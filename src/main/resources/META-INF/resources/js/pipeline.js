// The pipeline page: candidates counted by highest phase (GET /pipeline, counts only), filtered by
// company, therapeutic area and modality; a bar opens the list of its candidates.
import { get } from "./api.js";
import { el, failure, show } from "./dom.js";
import { PHASES, count, phaseName, total, words } from "./format.js";

const FILTERS = ["owner", "therapeuticArea", "modality"];
const form = document.getElementById("filters");
const chart = document.getElementById("chart");
const summary = document.getElementById("chart-summary");
const listSection = document.getElementById("list-section");
const listHeading = document.getElementById("list-heading");
const list = document.getElementById("list");

function chosenFilters() {
  const filters = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value;
    if (value) filters[name] = value;
  }
  return filters;
}

/** The filters and the chosen phase in the address, so a view can be shared and reloaded. */
function remember(phase) {
  const params = new URLSearchParams(chosenFilters());
  if (phase) params.set("highestPhase", phase);
  const query = params.toString();
  history.replaceState(null, "", query ? `/?${query}` : "/");
}

/** Fills a filter's choices from a count of the candidates by that field. */
async function fillChoices(select, by, label) {
  const counts = await get("product-candidates/counts", { by });
  for (const bucket of counts.buckets) {
    const value = bucket.values[by];
    if (value === null) continue;
    const name = label(bucket, value);
    select.append(el("option", { value }, `${name} (${bucket.count})`));
  }
}

async function drawChart() {
  const filters = chosenFilters();
  const pipeline = await get("pipeline", { ...filters, limitPerPhase: 0 });
  const byPhase = new Map(pipeline.phases.map((p) => [p.phase, p.count]));
  const largest = Math.max(1, ...byPhase.values());
  show(
    chart,
    PHASES.map((phase) => {
      const n = byPhase.get(phase) ?? 0;
      const fill = el("span", { class: "bar-fill" });
      fill.style.width = `${(100 * n) / largest}%`;
      return el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            class: "bar",
            "data-phase": phase,
            "data-count": String(n),
            "aria-label": `${phaseName(phase)}: ${count(n, "candidate")}. Show them.`,
            disabled: n === 0,
          },
          el("span", { class: "bar-name" }, phaseName(phase)),
          el("span", { class: "bar-track", "aria-hidden": "true" }, fill),
          el("span", { class: "bar-count" }, String(n)),
        ),
      );
    }),
  );
  summary.textContent = `${count(pipeline.totalCandidates, "candidate")} in all.`;
}

async function showPhase(phase) {
  remember(phase);
  listSection.hidden = false;
  listHeading.textContent = `${phaseName(phase)}: candidates`;
  chart.querySelectorAll(".bar").forEach((bar) => {
    bar.setAttribute("aria-pressed", String(bar.dataset.phase === phase));
  });
  show(list, el("p", {}, "Loading…"));
  try {
    const page = await get("product-candidates", {
      highestPhase: phase,
      ...chosenFilters(),
      sort: ["name"],
      size: 200,
      fields: ["name", "inn", "owner", "modality", "therapeuticAreas", "status"],
    });
    const more =
      page.totalItems > page.items.length
        ? el("p", {}, `The first ${page.items.length} of ${total(page)}, by name.`)
        : null;
    show(list, candidateTable(page.items), more);
  } catch (error) {
    show(list, failure(error));
  }
  listHeading.focus();
}

function candidateTable(candidates) {
  if (candidates.length === 0) return el("p", {}, "No candidate matches.");
  return el(
    "div",
    { class: "table-scroll" },
    el(
      "table",
      {},
      el("caption", { class: "visually-hidden" }, "Candidates of the chosen phase"),
      el(
        "thead",
        {},
        el("tr", {}, ["Candidate", "INN", "Company", "Modality", "Therapeutic areas"].map((h) => el("th", { scope: "col" }, h))),
      ),
      el(
        "tbody",
        {},
        candidates.map((c) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, el("a", { href: `/products/${c.id}` }, c.name)),
            el("td", {}, c.inn ?? "—"),
            el("td", {}, c.owner?.name ?? "—"),
            el("td", {}, words(c.modality)),
            el("td", {}, c.therapeuticAreas.join(", ") || "—"),
          ),
        ),
      ),
    ),
  );
}

async function start() {
  const params = new URLSearchParams(window.location.search);
  try {
    await Promise.all([
      fillChoices(form.elements.owner, "owner", (bucket) => bucket.labels.owner),
      fillChoices(form.elements.therapeuticArea, "therapeuticArea", (_, value) => value),
      fillChoices(form.elements.modality, "modality", (_, value) => words(value)),
    ]);
    for (const name of FILTERS) {
      if (params.has(name)) form.elements[name].value = params.get(name);
    }
    await drawChart();
    if (params.has("highestPhase")) await showPhase(params.get("highestPhase"));
  } catch (error) {
    show(chart, failure(error));
  }
}

form.addEventListener("change", async () => {
  listSection.hidden = true;
  remember(null);
  try {
    await drawChart();
  } catch (error) {
    show(chart, failure(error));
  }
});
form.addEventListener("submit", (event) => event.preventDefault());
chart.addEventListener("click", (event) => {
  const bar = event.target.closest(".bar");
  if (bar) showPhase(bar.dataset.phase);
});

start();
