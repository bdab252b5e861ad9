// Compile-time checks of the generated types: tsc fails if a line marked @ts-expect-error
// compiles, so these prove that the contract rejects what the service would reject.
import type { components } from "./generated/api.js";

type CompanyPatch = components["schemas"]["CompanyPatch"];
type Problem = components["schemas"]["Problem"];

export const clearsAndSets: CompanyPatch = { country: null, headquarters: "Stockholm" };

// @ts-expect-error a country is a string (or null to clear it), never a number
export const numberCountry: CompanyPatch = { country: 123 };

// @ts-expect-error a merge patch has only the company's own fields
export const unknownField: CompanyPatch = { bogus: true };

// @ts-expect-error the example of the issue: wrong type and unknown field together
export const both: CompanyPatch = { country: 123, bogus: true };

// @ts-expect-error the name is required, so it cannot be cleared
export const clearsName: CompanyPatch = { name: null };

// @ts-expect-error problem types are a closed set
export const unknownProblem: Problem["type"] = "urn:pipeline:problem:something-else";
