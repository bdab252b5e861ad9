// An integrator's first session with the pipeline API, through a client generated from the
// committed contract: search, read Ceplene with its ETag, page the regulatory events by cursor to
// the end, create a company, update it with If-Match, and read the 412 of a stale update as a
// typed problem. Usage: PIPELINE_URL=http://127.0.0.1:8080 PIPELINE_TOKEN=<editor JWT> node dist/scenario.js
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api.js";

type Problem = components["schemas"]["Problem"];
type RegulatoryEvent = components["schemas"]["RegulatoryEvent"];

const baseUrl = process.env.PIPELINE_URL ?? "http://127.0.0.1:8080";
const token = process.env.PIPELINE_TOKEN;
if (!token) {
  throw new Error("Set PIPELINE_TOKEN to a bearer token with the editor role");
}

// JSON answers only: a list may also answer NDJSON or CSV (the whole list, streamed) when asked.
const client = createClient<paths, "application/json" | "application/problem+json">({
  baseUrl,
  // sort=-date,type: the contract's arrays are comma-separated, not repeated.
  querySerializer: { array: { style: "form", explode: false } },
});

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`Scenario failed: ${what}`);
  }
  console.log(`ok - ${what}`);
}

// 1. Search every kind of record.
const search = await client.GET("/api/v1/search", { params: { query: { q: "ceplene" } } });
if (!search.data) throw new Error(`search answered ${search.response.status}`);
const hit = search.data.items.find((h) => h.type === "PRODUCT_CANDIDATE" && h.title === "Ceplene");
check(hit !== undefined, `search found Ceplene among ${search.data.totalItems} hits`);
const cepleneId = hit!.id;

// 2. Read Ceplene with its ETag; the same ETag in If-None-Match gives 304.
const ceplene = await client.GET("/api/v1/product-candidates/{id}", {
  params: { path: { id: cepleneId } },
});
if (!ceplene.data) throw new Error(`read answered ${ceplene.response.status}`);
const etag = ceplene.response.headers.get("ETag");
check(
  ceplene.data.inn === "histamine dihydrochloride" && etag === `"${ceplene.data.version}"`,
  `Ceplene (${ceplene.data.inn}, highest phase ${ceplene.data.highestPhase}) has ETag ${etag}`,
);
const again = await client.GET("/api/v1/product-candidates/{id}", {
  params: { path: { id: cepleneId }, header: { "If-None-Match": etag ?? "" } },
});
check(again.response.status === 304, "an unchanged record answers 304 to If-None-Match");

// 3. Page the regulatory events by cursor to the end.
const seen: RegulatoryEvent[] = [];
const first = await client.GET("/api/v1/regulatory-events", {
  params: { query: { size: 2, sort: ["date"] } },
});
if (!first.data) throw new Error(`list answered ${first.response.status}`);
const total = first.data.totalItems;
seen.push(...first.data.items);
let cursor = first.data.nextCursor;
while (cursor !== null) {
  const next = await client.GET("/api/v1/regulatory-events", {
    params: { query: { size: 2, sort: ["date"], cursor } },
  });
  if (!next.data) throw new Error(`cursor page answered ${next.response.status}`);
  seen.push(...next.data.items);
  cursor = next.data.nextCursor;
}
check(
  total !== null && seen.length === total && new Set(seen.map((e) => e.id)).size === total,
  `paged ${seen.length} of ${total} regulatory events by cursor, each once, in date order`,
);

// 4. Create a company.
const auth = { Authorization: `Bearer ${token}` };
const created = await client.POST("/api/v1/companies", {
  headers: auth,
  body: { name: `Typed Client Pharma ${Date.now()}`, country: "SE" },
});
if (!created.data) throw new Error(`create answered ${created.response.status}`);
const company = created.data;
const createdTag = created.response.headers.get("ETag") ?? "";
check(
  created.response.status === 201 && created.response.headers.get("Location") !== null,
  `created ${company.name} (${company.id}) with ETag ${createdTag}`,
);

// 5. Update it with If-Match, as a merge patch.
const patched = await client.PATCH("/api/v1/companies/{id}", {
  params: { path: { id: company.id }, header: { "If-Match": createdTag } },
  headers: { ...auth, "Content-Type": "application/merge-patch+json" },
  body: { headquarters: "Stockholm", country: null },
});
if (!patched.data) throw new Error(`update answered ${patched.response.status}`);
check(
  patched.data.headquarters === "Stockholm" && patched.data.country === null,
  `updated to version ${patched.data.version}: headquarters set, country cleared`,
);

// 6. A second writer still holding the first version is refused with a typed 412 problem.
const stale = await client.PATCH("/api/v1/companies/{id}", {
  params: { path: { id: company.id }, header: { "If-Match": createdTag } },
  headers: { ...auth, "Content-Type": "application/merge-patch+json" },
  body: { headquarters: "Oslo" },
});
const problem: Problem | undefined = stale.error;
check(
  stale.response.status === 412 &&
    problem !== undefined &&
    problem.type === "urn:pipeline:problem:stale-version" &&
    problem.status === 412,
  `a stale update is refused: ${problem?.title} (${problem?.type})`,
);
console.log("scenario: 6 passed, 0 failed");
