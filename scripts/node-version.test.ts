import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), "utf8"));
const ours: string = readJson("package.json").engines.node;

/** Every package npm installed here, with the Node versions it declares it runs on. */
function installedEngines(): { name: string; range: string }[] {
  const lock = readJson("package-lock.json") as { packages: Record<string, { engines?: { node?: string } }> };
  return Object.keys(lock.packages)
    .filter((key) => key.startsWith("node_modules/") && existsSync(path.join(root, key, "package.json")))
    .map((key) => ({ name: key, range: readJson(path.join(key, "package.json")).engines?.node as string | undefined }))
    .filter((p): p is { name: string; range: string } => typeof p.range === "string");
}

describe("supported Node.js versions", () => {
  it("lie inside what every installed dependency declares, so npm never warns about engines", () => {
    const packages = installedEngines();
    expect(packages.length).toBeGreaterThan(50);
    const narrower = packages.filter((p) => !semver.subset(ours, p.range)).map((p) => `${p.name} needs ${p.range}`);
    expect(narrower, `engines.node "${ours}" admits versions these do not`).toEqual([]);
  });

  it("include the Node.js that CI runs", () => {
    expect(semver.satisfies(process.version, ours), `${process.version} outside ${ours}`).toBe(true);
  });

  it("are the ones the README states", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(`\`${ours}\``);
    expect(readme).not.toMatch(/Node\.js 20\.9/);
  });
});
