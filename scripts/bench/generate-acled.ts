import { ACLED_KINDS } from "../../lib/import/acled-mapping";
import { acledCsv, makeAcledRow, type AcledRow } from "../../lib/testing/acled-factory";
import { mulberry32 } from "./generate-events";

const FIRST_DAY_UTC = Date.UTC(2025, 3, 22);
const DAYS = 29;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TYPES = Object.entries(ACLED_KINDS).flatMap(([type, subs]) => Object.keys(subs).map((sub) => [type, sub] as const));
const ACTORS: [string, string][] = [
  ["Military Forces of India (2014-)", "1"],
  ["Military Forces of Pakistan (2018-)", "1"],
  ["Police Forces of Pakistan (2018-)", "State forces"],
  ["Unidentified Armed Group (India)", "3"],
  ["Synthetic Liberation Front", "2"],
  ["Protesters (India)", "6"],
  ["Rioters (Pakistan)", "5"],
  ["Civilians (India)", "7"],
];
const PUBLISHERS = ["Example Daily", "Example Wire", "Sample Times", "Invented Herald", "Made-up Broadcasting"];
/** Share of rows made bad on purpose, so the report path is part of what is timed. */
const BAD_SHARE = 0.005;

/**
 * `n` rows of an ACLED-format export, the same for the same seed: every event type, actor types by code
 * and by name, both date spellings, all three precisions, notes with commas and quotes, and ~0.5% rows
 * with a latitude that is not a number. Invented for benchmarks: none of it describes a real event.
 */
export function generateAcledCsv(n: number, seed: number): string {
  const random = mulberry32(seed);
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
  const rows: AcledRow[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(FIRST_DAY_UTC + Math.floor(random() * DAYS) * 86_400_000);
    const date = random() < 0.5 ? day.toISOString().slice(0, 10) : `${String(day.getUTCDate()).padStart(2, "0")} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const [eventType, subType] = pick(TYPES);
    const [actor, inter] = pick(ACTORS);
    const india = random() < 0.5;
    const fatalities = Math.floor(random() * random() * 12);
    rows.push(
      makeAcledRow({
        event_id_cnty: `${india ? "IND" : "PAK"}${100000 + i}`,
        event_date: date,
        time_precision: pick(["1", "1", "1", "2", "3"]),
        event_type: eventType,
        sub_event_type: subType,
        actor1: actor,
        inter1: inter,
        country: india ? "India" : "Pakistan",
        admin1: india ? "Synthetic State" : "Synthetic Province",
        admin2: `District ${i % 97}`,
        location: `Invented Place ${i % 4099}`,
        latitude: random() < BAD_SHARE ? "n/a" : (24 + random() * 12).toFixed(4),
        longitude: (67 + random() * 11).toFixed(4),
        geo_precision: pick(["1", "1", "2", "3"]),
        source: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PUBLISHERS)).join("; "),
        notes: `On ${date}, an invented ${subType.toLowerCase()} was reported at a made-up place, "for the benchmark"; ${fatalities} fatalities were invented with it, and nothing here happened.`,
        fatalities: String(fatalities),
        timestamp: String(1745300000 + i),
      }),
    );
  }
  return acledCsv(rows, { bom: true });
}
