import { describe, expect, it } from "vitest";
import { cell, parseCsvTable } from "./csv-table";
import { ImportFileError } from "./read-file";

describe("parseCsvTable", () => {
  it("numbers rows as a spreadsheet does: blank lines and quoted line breaks included", () => {
    const t = parseCsvTable('a,b\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n');
    expect(t.records.map((r) => [r.row, cell(t, r, "b")])).toEqual([
      [2, "two\r\nlines"],
      [4, "4"],
    ]);
    expect(t.issues).toEqual([]);
  });

  it("reads semicolon-separated files whose header has no comma, and keeps cells with semicolons in comma files", () => {
    expect(parseCsvTable("a;b\n1;2\n").records[0]!.cells).toEqual(["1", "2"]);
    expect(parseCsvTable("a,b\nx; y,2\n").records[0]!.cells).toEqual(["x; y", "2"]);
  });

  it("reports progress up to the whole text", () => {
    const seen: number[] = [];
    parseCsvTable(`a,b\n${"1,2\n".repeat(400_000)}`, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
  });

  it("keeps row numbers right after a long file is read in slices", () => {
    const t = parseCsvTable(`a,b\n${"1,2\n".repeat(300_000)}x\n`);
    expect(t.issues).toEqual([{ row: 300_002, column: "-", reason: "has 1 cells; the header has 2 columns", outcome: "row rejected" }]);
  });

  it("reports a row with a broken quote and says that the lines after it were swallowed", () => {
    const t = parseCsvTable('a,b\n1,2\n"x"y,2\n3,4\n');
    expect(t.records.map((r) => r.row)).toEqual([2]);
    expect(t.issues).toEqual([
      {
        row: 3,
        column: "-",
        reason: "cannot be read: trailing quote on quoted field is malformed; a quote is not closed or not doubled, so the lines after it up to the next quote belong to this row",
        outcome: "row rejected",
      },
    ]);
  });

  it("refuses a header that names a column twice or leaves one unnamed", () => {
    expect(() => parseCsvTable("a,A\n1,2\n")).toThrow(new ImportFileError('The header names the column "A" twice.'));
    expect(() => parseCsvTable("a,,c\n1,2,3\n")).toThrow("Column 2 of the header has no name.");
  });
});
