// Builds elements from data with textContent only: nothing the API returns is parsed as HTML.

/** An element with attributes (class, aria-*, data-*, href...) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") element.textContent = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces an element's content. */
export function show(target, ...children) {
  target.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined));
}

/** A message in place of content that could not be loaded. */
export function failure(error) {
  return el("p", { class: "error", role: "alert" }, `Could not load this: ${error.message}`);
}
