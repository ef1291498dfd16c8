import type { EventFeature, EventProperties } from "../schemas/event";

const INDIA_SOURCE = {
  title: "Statement on strikes",
  publisher: "Press Information Bureau",
  url: "https://pib.gov.in/example-statement",
  published: "2025-05-07",
};
const PAKISTAN_SOURCE = {
  title: "ISPR press release",
  publisher: "Inter-Services Public Relations",
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
      target: "militant_site",
      place: { name: "Muridke", district: "Sheikhupura", province: "Punjab", administeredBy: "pakistan" },
      precision: "site",
      verification: { status: "disputed", basis: "The two sides describe the site differently." },
      claims: [
        { by: "Indian Ministry of Defence", side: "india", statement: "India says it hit a militant camp.", source: INDIA_SOURCE.url },
        { by: "ISPR", side: "pakistan", statement: "Pakistan says a mosque was hit.", source: PAKISTAN_SOURCE.url },
      ],
      sources: [INDIA_SOURCE, PAKISTAN_SOURCE],
      ...overrides,
    },
  };
}
