import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Files past this have grown several concerns; split them before adding more (see STYLE.md, "Small pieces"). */
const MAX_LINES = 300;
const ROOTS = ["app", "components", "lib"];
const ROOT_DIR = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function lineCount(file: string): number {
  const text = readFileSync(file, "utf8");
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

describe("upkeep", () => {
  it(`keeps every .ts/.tsx file in ${ROOTS.join(", ")} at ${MAX_LINES} lines or fewer`, () => {
    const files = ROOTS.flatMap((root) => sourceFiles(path.join(ROOT_DIR, root)));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files
      .map((file) => ({ file: path.relative(ROOT_DIR, file), lines: lineCount(file) }))
      .filter((f) => f.lines > MAX_LINES)
      .sort((a, b) => b.lines - a.lines)
      .map((f) => `${f.file} (${f.lines} lines)`);
    expect(offenders, `split these files:\n${offenders.join("\n")}`).toEqual([]);
  });
});
