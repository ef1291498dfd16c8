import { describe, expect, it, vi } from "vitest";
import { handleImportMessage } from "./worker-handler";
import { openFileInWorker, type ImportWorkerLike } from "./import-client";
import type { ImportResponse, WorkerRequest } from "./worker-protocol";
import type { ImportResult } from "./import-file";
import { acledCsv, makeAcledRow } from "../testing/acled-factory";

const csv = (n: number) =>
  acledCsv(Array.from({ length: n }, (_, i) => makeAcledRow({ event_id_cnty: `SYN${i}`, ...(i === 1 && { latitude: "x" }) })));
const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** The ids of the events the worker sent, batch after batch. */
const eventIds = (posted: ImportResponse[]) =>
  posted.flatMap((m) => (m.type === "events" ? (JSON.parse(m.json) as ImportResult["events"]).map((e) => e.properties.id) : []));

async function run(request: unknown): Promise<ImportResponse[]> {
  const posted: ImportResponse[] = [];
  await handleImportMessage(request, (m) => posted.push(m));
  return posted;
}

describe("the import worker's message protocol", () => {
  it("answers progress, one done with the events and the report, then the profile check's verdict when asked", async () => {
    const posted = await run({ type: "import", id: "a", name: "acled.csv", bytes: bytesOf(csv(3)) });
    expect(posted.every((m) => m.id === "a")).toBe(true);
    const kinds = posted.map((m) => (m.type === "progress" ? `${m.type}:${m.phase}` : m.type));
    expect([...new Set(kinds)]).toEqual(["progress:reading", "progress:parsing", "events", "done"]);
    const done = posted.find((m) => m.type === "done");
    if (done?.type !== "done") throw new Error("no done");
    const result = JSON.parse(done.json) as ImportResult;
    expect(result.verified).toBe(false);
    expect(result.events).toBeUndefined();
    expect(eventIds(posted)).toEqual(["acled-syn0", "acled-syn2"]);
    expect(result.report).toEqual([expect.objectContaining({ row: 3, column: "latitude" })]);
    expect(result.summary).toMatchObject({ format: "acled", rows: 3, accepted: 2, rejected: 1 });
    expect(await run({ type: "verify", id: "a" })).toEqual([
      { type: "progress", id: "a", phase: "verifying", fraction: 0 },
      { type: "progress", id: "a", phase: "verifying", fraction: 1 },
      { type: "verified", id: "a", issues: [] },
    ]);
    // The events are checked once, then let go.
    expect(await run({ type: "verify", id: "a" })).toEqual([{ type: "error", id: "a", message: "No opened file is waiting for its check (a)." }]);
  });

  it("keeps progress messages few and in order on a large file", async () => {
    const posted = await run({ type: "import", id: "big", name: "big.csv", bytes: bytesOf(csv(20_000)) });
    const progress = posted.filter((m) => m.type === "progress");
    expect(progress.length).toBeLessThan(150);
    const fractions = progress.filter((m) => m.phase === "parsing").map((m) => m.fraction);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it("sends the events in batches, in row order, while the file is still being read", async () => {
    const posted = await run({ type: "import", id: "big", name: "big.csv", bytes: bytesOf(csv(12_001)) });
    const batches = posted.filter((m) => m.type === "events").map((m) => (JSON.parse(m.json) as unknown[]).length);
    // Row 3 (i = 1) has a bad latitude: 12,000 events in two full batches and the rest.
    expect(batches).toEqual([5_000, 5_000, 2_000]);
    const ids = eventIds(posted);
    expect(ids).toHaveLength(12_000);
    expect(ids.slice(0, 3)).toEqual(["acled-syn0", "acled-syn2", "acled-syn3"]);
    expect(ids.at(-1)).toBe("acled-syn12000");
    // Parsing goes on after the first batch has gone out.
    const first = posted.findIndex((m) => m.type === "events");
    expect(posted.slice(first).some((m) => m.type === "progress" && m.phase === "parsing" && m.fraction < 1)).toBe(true);
  });

  it("reads a File sent as is; a GeoJSON or CSV result is verified at once", async () => {
    const file = new Blob([JSON.stringify({ type: "FeatureCollection", features: [] })]);
    const posted = await run({ type: "import", id: "f", name: "empty.geojson", file });
    const done = posted.at(-1);
    expect(done).toMatchObject({ type: "done", id: "f" });
    expect(JSON.parse((done as { json: string }).json)).toMatchObject({ verified: true, summary: { accepted: 0 } });
    expect(eventIds(posted)).toEqual([]);
  });

  it("answers one error, with the request's id, for a file it cannot open", async () => {
    const latin = new Uint8Array([0x69, 0x64, 0x0a, 0xe9]).buffer;
    expect(await run({ type: "import", id: "x", name: "latin.csv", bytes: latin })).toEqual([
      { type: "progress", id: "x", phase: "reading", fraction: 0 },
      { type: "progress", id: "x", phase: "reading", fraction: 1 },
      { type: "error", id: "x", message: "latin.csv is not UTF-8 text; save it as CSV (UTF-8) and open it again." },
    ]);
  });

  it("answers an error to a malformed request instead of throwing", async () => {
    const [reply] = await run({ type: "import", id: "m", name: "a.csv" });
    expect(reply).toEqual({ type: "error", id: "m", message: "The import request is invalid: send either file or bytes" });
    expect(await run(null)).toEqual([{ type: "error", id: "", message: expect.stringMatching(/^The import request is invalid/) }]);
  });
});

/** A worker stand-in that runs the handler in-process, delivering replies as message events. */
function inProcessWorker(): ImportWorkerLike & { sent: WorkerRequest[] } {
  const target = new EventTarget();
  const sent: WorkerRequest[] = [];
  return {
    sent,
    postMessage(message) {
      sent.push(message);
      void handleImportMessage(message, (reply) => target.dispatchEvent(new MessageEvent("message", { data: reply })));
    },
    addEventListener: (type, l) => target.addEventListener(type, l as EventListener),
    removeEventListener: (type, l) => target.removeEventListener(type, l as EventListener),
  };
}

describe("openFileInWorker", () => {
  it("sends the file to the worker and resolves with its result, reporting progress and the verdict", async () => {
    const worker = inProcessWorker();
    const phases = new Set<string>();
    const file = Object.assign(new Blob([csv(2)]), { name: "acled.csv" });
    let verdict: unknown;
    const result = await openFileInWorker(worker, file, { onProgress: (phase) => phases.add(phase), onVerified: (issues) => (verdict = issues) });
    expect(result.events).toHaveLength(1);
    expect(worker.sent[0]).toMatchObject({ type: "import", name: "acled.csv", file });
    await vi.waitFor(() => expect(verdict).toEqual([]));
    expect([...phases]).toEqual(["reading", "parsing", "verifying"]);
  });

  it("asks for the profile check only once the result has been shown", async () => {
    const worker = inProcessWorker();
    let shown!: () => void;
    let verdict: unknown;
    const file = Object.assign(new Blob([csv(2)]), { name: "acled.csv" });
    const result = await openFileInWorker(worker, file, {
      whenShown: () => new Promise<void>((resolve) => (shown = resolve)),
      onVerified: (issues) => (verdict = issues),
    });
    expect(result.verified).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(worker.sent.map((m) => m.type)).toEqual(["import"]);
    expect(verdict).toBeUndefined();
    shown();
    await vi.waitFor(() => expect(verdict).toEqual([]));
    expect(worker.sent.map((m) => m.type)).toEqual(["import", "verify"]);
  });

  it("keeps two files apart and rejects with the reader's message", async () => {
    const worker = inProcessWorker();
    const good = openFileInWorker(worker, Object.assign(new Blob([csv(1)]), { name: "a.csv" }));
    const bad = openFileInWorker(worker, Object.assign(new Blob(["name,phone\n"]), { name: "b.csv" }));
    await expect(bad).rejects.toThrow("b.csv is neither GeoJSON nor a CSV this map reads");
    expect((await good).summary.file).toBe("a.csv");
  });
});

describe("lib/import/worker.ts", () => {
  it("answers messages posted to the worker scope", async () => {
    const target = new EventTarget();
    const postMessage = vi.fn();
    vi.stubGlobal("self", { addEventListener: target.addEventListener.bind(target), postMessage });
    await import("./worker");
    target.dispatchEvent(new MessageEvent("message", { data: { type: "import", id: "w", name: "a.csv", bytes: bytesOf(csv(1)) } }));
    await vi.waitFor(() => expect(postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: "done", id: "w" })));
    target.dispatchEvent(new MessageEvent("message", { data: { type: "verify", id: "w" } }));
    await vi.waitFor(() => expect(postMessage).toHaveBeenCalledWith({ type: "verified", id: "w", issues: [] }));
    vi.unstubAllGlobals();
  });
});
