import {
  EventKindSchema,
  PrecisionSchema,
  TargetSchema,
  VerificationStatusSchema,
  type EventFeature,
} from "../../lib/schemas/event";
import type { Geometry, Position } from "../../lib/schemas/geometry";
import { ActorSchema, AdministratorSchema } from "../../lib/schemas/parties";

/** First and last day of the span the events fall in, inclusive (29 days). */
const FIRST_DAY_UTC = Date.UTC(2025, 3, 22);
const DAYS = 29;
const LON: [number, number] = [67, 78];
const LAT: [number, number] = [24, 36];

/** mulberry32: a tiny, well-mixed 32-bit PRNG, so a seed always yields the same events on every engine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function geometryAt(lon: number, lat: number, shape: number): Geometry {
  const at = (dLon: number, dLat: number): Position => [round4(lon + dLon), round4(lat + dLat)];
  if (shape < 0.8) return { type: "Point", coordinates: at(0, 0) };
  if (shape < 0.9) return { type: "LineString", coordinates: [at(0, 0), at(0.05, 0.08), at(0.1, 0.1)] };
  return { type: "Polygon", coordinates: [[at(0, 0), at(0.1, 0), at(0.1, 0.1), at(0, 0.1), at(0, 0)]] };
}

/**
 * `n` synthetic events that pass EventFeatureSchema, the same for the same `seed`: dates spread over
 * 2025-04-22…2025-05-20, geometry inside lon 67–78 / lat 24–36 (80% points, 10% lines, 10% small squares),
 * every kind, actor, target, status and precision mixed. Each cites an Indian and a Pakistani source and
 * carries both sides' claims, so even "disputed" and "denied" events are valid. Ids are unique
 * (`bench-<index>`). For benchmarks and load tests only: none of it describes a real event.
 */
export function generateEvents(n: number, seed: number): EventFeature[] {
  const random = mulberry32(seed);
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
  return Array.from({ length: n }, (_, i): EventFeature => {
    const day = new Date(FIRST_DAY_UTC + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const lon = LON[0] + random() * (LON[1] - LON[0] - 0.1);
    const lat = LAT[0] + random() * (LAT[1] - LAT[0] - 0.1);
    const id = `bench-${pad(i, 7)}`;
    const source = (publisher: string, host: string, origin: "india" | "pakistan") =>
      ({ title: `Synthetic ${publisher} statement`, publisher, type: "official" as const, origin, url: `https://${host}/${id}`, published: day });
    const actor = pick(ActorSchema.options);
    const [india, pakistan] = [source("PIB", "pib.example.in", "india"), source("ISPR", "ispr.example.pk", "pakistan")];
    const killed = Math.floor(random() * 12);
    return {
      type: "Feature",
      geometry: geometryAt(lon, lat, random()),
      properties: {
        id,
        date: day,
        time: `${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}+05:30`,
        title: `Synthetic event ${i}`,
        summary: "A generated event for benchmarks; it describes nothing that happened.",
        kind: pick(EventKindSchema.options),
        actor,
        attribution: actor === "unknown" ? ("unknown" as const) : pick(["established", "claimed"] as const),
        ...(random() < 0.5 && { statedTarget: { value: pick(TargetSchema.options), statedBy: "Synthetic PIB", source: india.url } }),
        contested: [],
        place: { name: `Place ${i}`, province: "Synthetic province", administeredBy: pick(AdministratorSchema.options) },
        precision: pick(PrecisionSchema.options),
        verification: { status: pick(VerificationStatusSchema.options), basis: "Generated for a benchmark run." },
        claims: [
          { by: "Synthetic Indian spokesperson", side: "india", statement: "India's generated version.", source: india.url },
          { by: "Synthetic Pakistani spokesperson", side: "pakistan", statement: "Pakistan's generated version.", source: pakistan.url },
        ],
        ...(random() < 0.3 && { casualties: [{ killed, who: "civilians", reportedBy: "Synthetic PIB", source: india.url }] }),
        sources: [india, pakistan],
      },
    };
  });
}
