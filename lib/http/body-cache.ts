import { compress, type ContentCoding } from "./encoding";

export type Bytes = Uint8Array<ArrayBuffer>;

/** A view of the same memory, typed as the Response constructor wants it; no copy. */
const bytes = (b: Buffer): Bytes => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.length);

/** One checked, serialised body and its compressed forms, each made at most once. */
interface Entry {
  plain: Bytes;
  coded: Map<ContentCoding, Promise<Bytes>>;
}

/**
 * Bodies by route and ETag. The data is fixed for the life of the process, so a body is built,
 * checked and compressed once; afterwards a request costs a lookup. Bounded, oldest out first,
 * because a query with a new bbox makes a new ETag.
 */
export class BodyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 256) {}

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, plain: Buffer): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { plain: bytes(plain), coded: new Map() });
  }

  /**
   * The body in `coding`. Even a tiny body is compressed when asked: the coding then always follows
   * from the request alone, so a 304 (which has no body) names the same ETag the 200 did.
   * Concurrent first requests share one compression.
   */
  async get(key: string, coding: ContentCoding): Promise<{ body: Bytes; coding: ContentCoding } | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (coding === "identity") return { body: entry.plain, coding };
    let coded = entry.coded.get(coding);
    if (!coded) {
      coded = compress(Buffer.from(entry.plain.buffer, entry.plain.byteOffset, entry.plain.length), coding).then(bytes);
      entry.coded.set(coding, coded);
      // A failed compression is not cached: the next request tries again.
      coded.catch(() => entry.coded.delete(coding));
    }
    return { body: await coded, coding };
  }
}
