// Reads the public API: every call is a GET under /api/v1 answered with JSON, or a problem
// (RFC 9457) whose detail is shown to the reader.

/** An answer that was not the data asked for. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/**
 * GET path (under /api/v1) with query parameters: arrays are sent comma-separated, as the contract
 * wants sort, fields and by; a URLSearchParams is sent as it is (for repeated parameters).
 */
export async function get(path, params = {}) {
  const url = new URL(`/api/v1/${path}`, window.location.origin);
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [name, value] of entries) {
    if (value === undefined || value === null || value === "") continue;
    url.searchParams.append(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = `The service answered ${response.status}.`;
    try {
      const problem = await response.json();
      if (problem.detail) detail = problem.detail;
    } catch {
      // not a problem document; keep the status
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

const sources = new Map();

/** A source document's title, publisher, date and address, fetched once per page. */
export function source(id) {
  if (!sources.has(id)) {
    sources.set(id, get(`sources/${id}`, { fields: ["title", "publisher", "publishedOn", "url"] }));
  }
  return sources.get(id);
}
