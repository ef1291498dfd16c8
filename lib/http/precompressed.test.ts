import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { allowPrecompressedBodies, CODING_HEADER, precompressedBodiesAllowed } from "./precompressed";

/** Headers a real Node.js server puts on the wire when a handler sets `name: value` the way Next.js does. */
async function wireHeaders(name: string, value: string): Promise<Record<string, unknown>> {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.setHeader(name, [value]);
    res.end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) => {
      request({ port, host: "127.0.0.1" }, (res) => {
        res.resume();
        resolve(res.headers);
      })
        .on("error", reject)
        .end();
    });
  } finally {
    server.close();
  }
}

describe("precompressed bodies", () => {
  it("turn the private coding header into Content-Encoding on the wire, and leave other headers alone", async () => {
    allowPrecompressedBodies();
    expect(precompressedBodiesAllowed()).toBe(true);
    const h = await wireHeaders(CODING_HEADER, "br");
    expect(h["content-encoding"]).toBe("br");
    expect(h[CODING_HEADER]).toBeUndefined();
    expect((await wireHeaders("x-other", "br"))["x-other"]).toBe("br");
  });
});
