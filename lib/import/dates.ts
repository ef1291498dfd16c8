/** Calendar dates as import files write them, read into YYYY-MM-DD. */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const pad = (n: number) => String(n).padStart(2, "0");

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** YYYY-MM-DD when the day exists (no 30 February), else null; arithmetic only, as it runs once per row. */
function isoIfReal(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
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

/**
 * A Unix time in seconds (ACLED's `timestamp`) as the UTC date, or null when it is not one. Plain
 * arithmetic (days from the civil calendar, after Howard Hinnant): an import calls this for every row.
 */
export function unixSecondsToDate(text: string): string | null {
  const s = text.trim();
  if (!/^\d{9,11}$/.test(s)) return null;
  const z = Math.floor(Number(s) / 86_400) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad(month)}-${pad(day)}`;
}
