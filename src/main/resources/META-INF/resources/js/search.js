// The search box in every page's header: names of product candidates and companies offered while
// typing, from GET /api/v1/search/suggest (a combobox with a listbox, driven by the arrow keys,
// Enter and Escape), each opening its page: a candidate's own page, a company's pipeline.
import { get } from "./api.js";
import { el, show } from "./dom.js";

const MIN_LENGTH = 1;
const WAIT_MS = 150;

/** What the service suggests for the text typed so far. */
async function suggestions(text) {
  const query = new URLSearchParams({ q: text, limit: "8" });
  query.append("type", "PRODUCT_CANDIDATE");
  query.append("type", "COMPANY");
  const answer = await get("search/suggest", query);
  return answer.items.map((hit) => ({
    kind: hit.type,
    id: hit.id,
    name: hit.title,
    detail: hit.subtitle,
  }));
}

function pageOf(suggestion) {
  return suggestion.kind === "COMPANY"
    ? `/?owner=${encodeURIComponent(suggestion.id)}`
    : `/products/${encodeURIComponent(suggestion.id)}`;
}

export function installSearch(form) {
  const input = form.querySelector("input");
  const list = form.querySelector("[role=listbox]");
  const status = form.querySelector("[role=status]");
  let offered = [];
  let active = -1;
  let timer;
  let asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    active = index;
    list.querySelectorAll("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
    });
    if (index >= 0) input.setAttribute("aria-activedescendant", `suggestion-${index}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function render() {
    show(
      list,
      offered.map((s, i) =>
        el(
          "li",
          { role: "option", id: `suggestion-${i}`, "aria-selected": "false", "data-href": pageOf(s) },
          el("span", { class: "suggestion-name" }, s.name),
          el("span", { class: "suggestion-kind" }, s.kind === "COMPANY" ? "company" : s.detail ?? "product"),
        ),
      ),
    );
    list.hidden = offered.length === 0;
    input.setAttribute("aria-expanded", String(offered.length > 0));
    status.textContent =
      offered.length === 0 ? "No suggestions." : `${offered.length} suggestions; use the arrow keys to choose.`;
    highlight(-1);
  }

  async function update() {
    const text = input.value.trim();
    if (text.length < MIN_LENGTH) {
      offered = [];
      close();
      return;
    }
    const mine = ++asked;
    try {
      const found = await suggestions(text);
      if (mine !== asked) return; // a later keystroke asked again
      offered = found;
      render();
    } catch (error) {
      status.textContent = `Search failed: ${error.message}`;
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, WAIT_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && offered.length) {
      event.preventDefault();
      if (list.hidden) render();
      highlight((active + 1) % offered.length);
    } else if (event.key === "ArrowUp" && offered.length) {
      event.preventDefault();
      highlight(active <= 0 ? offered.length - 1 : active - 1);
    } else if (event.key === "Escape") {
      close();
    }
  });
  list.addEventListener("mousedown", (event) => event.preventDefault()); // keep the focus
  list.addEventListener("click", (event) => {
    const option = event.target.closest("[role=option]");
    if (option) window.location.assign(option.dataset.href);
  });
  input.addEventListener("blur", close);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    if (active < 0) await update();
    const chosen = offered[Math.max(active, 0)];
    if (chosen) window.location.assign(pageOf(chosen));
  });
}

installSearch(document.getElementById("search"));
