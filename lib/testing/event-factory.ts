import type { EventFeature, EventProperties } from "../schemas/event";

const INDIA_SOURCE = {
  title: "Statement on strikes",
  publisher: "Press Information Bureau",
  type: "official" as const,
  origin: "india" as const,
  url: "https://pib.gov.in/example-statement",
  published: "2025-05-07",
};
const PAKISTAN_SOURCE = {
  title: "ISPR press release",
  publisher: "Inter-Services Public Relations",
  type: "official" as const,
  origin: "pakistan" as const,
  url: "https://ispr.gov.pk/example-release",
  published: "2025-05-07",
};

/** A valid, contested event for tests; override any property to make the case at hand. */
export function makeEvent(
  overrides: Partial<EventProperties> = {},
  coordinates: [number, number] = [74.3, 31.7],
): EventFeature {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates },
    properties: {
      id: "2025-05-07-test-site",
      date: "2025-05-07",
      time: "01:05+05:30",
      title: "Test strike on a site",
      summary: "A test event used by the unit tests, with both sides' versions.",
      kind: "missile_strike",
      actor: "india",
      attribution: "established",
      statedTarget: { value: "militant_site", statedBy: "Indian Ministry of Defence", source: INDIA_SOURCE.url },
      contested: ["target"],
      place: { name: "Muridke", district: "Sheikhupura", province: "Punjab", administeredBy: "pakistan" },
      precision: "site",
      verification: { status: "disputed", basis: "The two sides describe the site differently." },
      claims: [
        { by: "Indian Ministry of Defence", side: "india", statement: "India says it hit a militant camp.", source: INDIA_SOURCE.url },
        { by: "ISPR", side: "pakistan", statement: "Pakistan says a mosque was hit.", source: PAKISTAN_SOURCE.url },
      ],
      disagreements: ["India says it hit a militant camp; Pakistan says a mosque was hit."],
      // Copies, so a test that corrupts a source cannot leak into the next one.
      sources: [{ ...INDIA_SOURCE }, { ...PAKISTAN_SOURCE }],
      ...overrides,
    },
  };
}
