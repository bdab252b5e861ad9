// The calendar of expected regulatory events: announced submissions, opinions, decisions and
// dates not yet past when stated, by month, each with its product and the precision of its date.
import { get } from "./api.js";
import { citationList } from "./citations.js";
import { el, failure, show } from "./dom.js";
import { dateAsWritten, datetime, total, words } from "./format.js";

const root = document.getElementById("calendar");

function byYear(events) {
  const years = new Map();
  for (const e of events) {
    const year = e.date.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(e);
  }
  return years;
}

function eventItem(e) {
  return el(
    "li",
    { class: "entry expected" },
    el(
      "p",
      { class: "entry-when" },
      el("time", { datetime: datetime(e.date, e.datePrecision) }, dateAsWritten(e.date, e.datePrecision)),
      el("strong", { class: "badge" }, "Expected"),
    ),
    el(
      "h3",
      { class: "entry-title" },
      el("a", { href: `/products/${e.product.id}` }, e.product.name),
      `: ${e.agency} ${words(e.type).replace(/^(CHMP|EC|FDA|EMA) /, "")}`,
    ),
    el("p", {}, e.description),
    citationList(e.citations),
  );
}

async function start() {
  try {
    const page = await get("regulatory-events", { expected: true, sort: ["date"], size: 200 });
    if (page.items.length === 0) {
      show(root, el("p", {}, "No expected regulatory event is recorded."));
      return;
    }
    const sections = [];
    for (const [year, events] of byYear(page.items)) {
      sections.push(
        el(
          "section",
          { "aria-labelledby": `year-${year}` },
          el("h2", { id: `year-${year}` }, year),
          el("ol", { class: "timeline" }, events.map(eventItem)),
        ),
      );
    }
    const more =
      page.totalItems > page.items.length
        ? el("p", {}, `The first ${page.items.length} of ${total(page)} expected events, by date.`)
        : null;
    show(root, sections, more);
  } catch (error) {
    show(root, failure(error));
  }
}

start();
