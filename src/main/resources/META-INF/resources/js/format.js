// How values read on the page: enum constants as words, dates at the precision they are known.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The phases in the order of progress, as the pipeline chart shows them; UNKNOWN last. */
export const PHASES = [
  "PRECLINICAL", "PHASE_1", "PHASE_1_2", "PHASE_2", "PHASE_2_3", "PHASE_3", "FILED", "APPROVED",
  "UNKNOWN",
];

const PHASE_NAMES = {
  PRECLINICAL: "Preclinical",
  PHASE_1: "Phase 1",
  PHASE_1_2: "Phase 1/2",
  PHASE_2: "Phase 2",
  PHASE_2_3: "Phase 2/3",
  PHASE_3: "Phase 3",
  FILED: "Filed",
  APPROVED: "Approved",
  UNKNOWN: "Unknown phase",
};

const ACRONYMS = new Set(["EMA", "CHMP", "COMP", "PRAC", "EC", "FDA", "PMDA", "MHRA", "TGA", "MAA", "NDA", "PDUFA", "EU", "US"]);

/** A page's total as a reader sees it: "more than 10000" when the list stopped counting. */
export function total(page) {
  return page.totalItemsExact === false ? `more than ${page.totalItems}` : String(page.totalItems);
}

export function phaseName(phase) {
  return PHASE_NAMES[phase] ?? words(phase);
}

/** CHMP_TREND_VOTE → "CHMP trend vote"; SMALL_MOLECULE → "Small molecule". */
export function words(constant) {
  if (constant === null || constant === undefined) return "";
  const parts = String(constant).split("_");
  return parts
    .map((part, i) => {
      if (ACRONYMS.has(part)) return part;
      const lower = part.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(" ");
}

/**
 * A date as its source wrote it: "11 Apr 2005" to the day, "Feb 2008" to the month, "Q1 2008" to
 * the quarter, "2008" to the year. The API gives the first day of the period and its precision.
 */
export function dateAsWritten(isoDate, precision) {
  if (!isoDate) return "date unknown";
  const [year, month, day] = isoDate.split("-").map(Number);
  switch (precision) {
    case "YEAR":
      return `${year}`;
    case "QUARTER":
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case "MONTH":
      return `${MONTHS[month - 1]} ${year}`;
    default:
      return `${day} ${MONTHS[month - 1]} ${year}`;
  }
}

/** The machine-readable form of a date at its precision, for <time datetime>. */
export function datetime(isoDate, precision) {
  if (!isoDate) return null;
  switch (precision) {
    case "YEAR":
      return isoDate.slice(0, 4);
    case "MONTH":
    case "QUARTER":
      return isoDate.slice(0, 7);
    default:
      return isoDate;
  }
}

/** "1 candidate", "3 candidates". */
export function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
