import { describe, expect, it } from "vitest";
import { ImportFileError, decodeImportBytes, detectFormat } from "./read-file";
import { importBytes } from "./import-file";

const bytes = (s: string) => new TextEncoder().encode(s);
const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFileError);
    return (e as Error).message;
  }
  throw new Error("did not throw");
};

describe("decodeImportBytes", () => {
  it("drops a byte-order mark", () => {
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "a.csv")).toBe("a");
  });

  it("refuses text that is not UTF-8 (a Windows-1252 export)", () => {
    expect(message(() => decodeImportBytes(new Uint8Array([0x69, 0x64, 0x0a, 0x43, 0x61, 0x66, 0xe9]), "latin.csv"))).toBe(
      "latin.csv is not UTF-8 text; save it as CSV (UTF-8) and open it again.",
    );
  });

  it("refuses a binary file such as a spreadsheet", () => {
    expect(message(() => decodeImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "book.xlsx"))).toMatch(/^book\.xlsx is not a text file/);
  });

  it("refuses a file over the size limit, naming both sizes", () => {
    expect(message(() => decodeImportBytes(new Uint8Array(3 * 1024 * 1024), "big.csv", 2 * 1024 * 1024))).toBe(
      "big.csv is 3.0 MB; files up to 2.0 MB can be opened.",
    );
  });

  it("refuses an empty file", () => {
    expect(message(() => decodeImportBytes(new Uint8Array(0), "none.csv"))).toBe("none.csv is empty.");
  });
});

describe("detectFormat", () => {
  it("tells GeoJSON, ACLED and this map's CSV apart by content", () => {
    expect(detectFormat('  {"type":"FeatureCollection"}', "x.txt")).toBe("geojson");
    expect(detectFormat("event_id_cnty,event_date,event_type,sub_event_type,geo_precision\n", "x.csv")).toBe("acled");
    expect(detectFormat('"id","date","time","kind","actor","verification","lat","lon"\r\n', "x.csv")).toBe("csv");
  });

  it("refuses anything else with one message saying what it expected", () => {
    expect(message(() => importBytes(bytes("name,phone\nA,1\n"), { fileName: "contacts.csv" }))).toMatch(
      /^contacts\.csv is neither GeoJSON nor a CSV this map reads: a CSV needs ACLED's columns/,
    );
    expect(message(() => importBytes(bytes("{ nope"), { fileName: "x.geojson" }))).toMatch(/^x\.geojson is not valid JSON: /);
    expect(message(() => importBytes(bytes('{"type":"Feature"}'), { fileName: "x.geojson" }))).toBe(
      "x.geojson is JSON but not a GeoJSON FeatureCollection of events.",
    );
  });
});
