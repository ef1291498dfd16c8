import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACLED_GEO_PRECISION, ACLED_KINDS, ACLED_TIME_PRECISION } from "./acled-mapping";

// docs/import.md prints the mapping for readers; it must say what the code does.
const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/import.md"), "utf8");

describe("docs/import.md", () => {
  it("lists every event type → kind row of the table, and no other", () => {
    const section = doc.slice(doc.indexOf("### Event type → kind"), doc.indexOf("### Other columns"));
    const rows = [...section.matchAll(/^\| ([^|]+) \| ([^|]+) \| `([a-z_]+)` \|$/gm)].map((m) => `${m[1]} | ${m[2]} | ${m[3]}`);
    const table = Object.entries(ACLED_KINDS).flatMap(([type, subs]) => Object.entries(subs).map(([sub, kind]) => `${type} | ${sub} | ${kind}`));
    expect(rows).toEqual(table);
  });

  it("states each precision the code maps", () => {
    for (const [code, precision] of Object.entries(ACLED_GEO_PRECISION)) expect(doc).toContain(`${code} → \`${precision}\``);
    for (const [code, precision] of Object.entries(ACLED_TIME_PRECISION)) if (precision !== "day") expect(doc).toContain(`${code} → \`${precision}\``);
  });
});
