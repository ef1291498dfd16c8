import type { RelaxedRule, ImportFormat } from "../schemas/imported-event";
import type { DatePrecision } from "../schemas/event";
import { formatDay } from "../time";

/** Each rule an imported event is let off, as the details say it ("what this event does not meet"). */
export const RELAXED_RULE_TEXT: Readonly<Record<RelaxedRule, string>> = {
  "source-links": "sources named without links",
  "source-details": "sources without their title, type, origin or date",
  "no-sources": "no source named in the file",
  "source-strength": "no source known to be stronger than an aggregator, blog or social post",
  "both-sides": "a disputed or contested event not sourced from both sides",
  claim: "a claimed event without the claim itself",
  disagreements: "contested facts without how the sources differ",
  "stated-target-source": "a stated target without the source that states it",
  "casualty-source": "casualty figures without a linked source",
  summary: "a summary shorter than 20 characters",
  "place-detail": "no province",
};

const FORMAT_TEXT: Readonly<Record<ImportFormat, string>> = { acled: "the ACLED export", csv: "the CSV", geojson: "the GeoJSON file" };

/** "sources named without links, as in the ACLED export": one relaxation, with where it comes from. */
export function relaxedText(rule: RelaxedRule, format: ImportFormat): string {
  return `${RELAXED_RULE_TEXT[rule]}, as in ${FORMAT_TEXT[format]}`;
}

/** "7 May 2025", "week of 5 May 2025" or "in May 2025", as precisely as the data knows the date. */
export function eventDateText(date: string, precision?: DatePrecision): string {
  if (precision === "week") return `week of ${formatDay(date)}`;
  if (precision === "month") return `in ${formatDay(date).replace(/^\d+ /, "")}`;
  return formatDay(date);
}

/** True for an http(s) link, the only kind a file's text may become. */
export function isHttpLink(url: string | undefined): url is string {
  if (!url) return false;
  try {
    return ["http:", "https:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
