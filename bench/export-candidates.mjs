// Writes the product candidates the service holds, exactly as it serves them, into a json-server
// database file, so the peer serves the same records: node export-candidates.mjs BASE_URL FILE
import { writeFileSync } from "node:fs";

const [base, file] = process.argv.slice(2);
const headers = process.env.BENCH_TOKEN ? { Authorization: `Bearer ${process.env.BENCH_TOKEN}` } : {};
const items = [];
let cursor = "";
do {
    const url = `${base}/api/v1/product-candidates?size=200&sort=name${cursor ? `&cursor=${cursor}` : ""}`;
    const response = await fetch(url, { headers });
    if (!response.ok) {
        throw new Error(`${url}: ${response.status}`);
    }
    const page = await response.json();
    items.push(...page.items);
    cursor = page.nextCursor;
} while (cursor);
// json-server keeps records in file order: store them as they were created, not by name.
items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
writeFileSync(file, JSON.stringify({ "product-candidates": items }));
console.log(`${items.length} candidates`);
