/** Calendar dates as import files write them, read into YYYY-MM-DD. */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const pad = (n: number) => String(n).padStart(2, "0");

/** YYYY-MM-DD when the day exists (no 30 February), else null. */
function isoIfReal(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * An event date as ACLED exports write it: `2025-05-07`, or `07 May 2025` / `7 May 2025` (full or
 * three-letter month name, any case). Null when the text is neither, or names a day that does not exist.
 */
export function parseEventDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/.exec(s);
  if (!named) return null;
  const name = named[2]!.toLowerCase();
  const month = MONTHS.findIndex((m) => m === name || (name.length === 3 && m.startsWith(name))) + 1;
  if (month === 0) return null;
  return isoIfReal(Number(named[3]), month, Number(named[1]));
}

/** A Unix time in seconds (ACLED's `timestamp`) as the UTC date, or null when it is not one. */
export function unixSecondsToDate(text: string): string | null {
  if (!/^\d{9,11}$/.test(text.trim())) return null;
  return new Date(Number(text.trim()) * 1000).toISOString().slice(0, 10);
}
