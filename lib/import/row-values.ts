import type { RowIssue } from "../schemas/import";

/** A plain decimal number; `Number()` alone would also read "", "0x10" or "1e400". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A latitude (limit 90) or longitude (limit 180) in decimal degrees, or null when it is not one. */
export function parseCoordinate(text: string, limit: 90 | 180): number | null {
  const s = text.trim();
  if (!DECIMAL.test(s)) return null;
  const n = Number(s);
  return Math.abs(n) <= limit ? n : null;
}

/** An event id from a record id: "IND12345" → "acled-ind12345"; null when nothing usable is left. */
export function slugId(prefix: string, recordId: string): string | null {
  // Nearly every id is already letters and digits (IND12345): lower-case it and be done.
  if (/^[A-Za-z0-9]+$/.test(recordId)) return `${prefix}-${recordId.toLowerCase()}`;
  const slug = recordId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug ? `${prefix}-${slug}` : null;
}

/** Remembers ids by the row that first used them; a later row with the same id is reported. */
export function uniqueIds(column: string) {
  const first = new Map<string, number>();
  return {
    check(id: string, row: number): RowIssue | null {
      const earlier = first.get(id);
      if (earlier !== undefined)
        return { row, column, value: id, reason: `repeats the id of row ${earlier}; only the first is loaded`, outcome: "row rejected" };
      first.set(id, row);
      return null;
    },
  };
}

/**
 * Length as the schemas count it (code points, so "𐀀" is one character, not two UTF-16 units): a
 * minimum checked here holds when the profile checks it.
 */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** At most `max` characters (code points), ending in "…" when cut; never splits a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * `record[key]` only when the record itself has the key: a cell such as "toString" or "constructor"
 * must never find Object.prototype's functions in a lookup table.
 */
export function own<V>(record: Readonly<Partial<Record<string, V>>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
