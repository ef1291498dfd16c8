import { describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { crc32, readPngChunks, withPngMetadata } from "./png-metadata";

const tiny = () => new Uint8Array(PNG.sync.write(Object.assign(new PNG({ width: 3, height: 2 }), {})));

describe("PNG metadata", () => {
  it("computes the standard CRC-32", () => expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926));

  it("writes 300 dpi as 11 811 pixels per metre, and the file still decodes", () => {
    const out = withPngMetadata(tiny(), { dpi: 300, text: { Title: "7 May 2025 – 16 events" } });
    const chunks = readPngChunks(out);
    expect(chunks.map((c) => c.type).slice(0, 3)).toEqual(["IHDR", "pHYs", "iTXt"]);
    const phys = new DataView(chunks[1]!.data.buffer, chunks[1]!.data.byteOffset, 9);
    expect([phys.getUint32(0), phys.getUint32(4), phys.getUint8(8)]).toEqual([11811, 11811, 1]);
    expect(new TextDecoder().decode(chunks[2]!.data)).toBe("Title\0\0\0\0\x007 May 2025 – 16 events");
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
  });
});
