/** A minimal EBML reader: enough to check a WebM's header and count its video frames. */
function readVint(buf: Buffer, pos: number, keepMarker: boolean): { value: number; length: number } {
  const first = buf[pos]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + buf[pos + i]!;
  return { value, length };
}

const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;
const EBML = 0x1a45dfa3;
const DOC_TYPE = 0x4282;

/** Walks the element tree, descending into the containers that hold frames. */
export function inspectWebm(buf: Buffer): { docType: string; frames: number } {
  let docType = "";
  let frames = 0;
  const walk = (start: number, end: number) => {
    let pos = start;
    while (pos < end) {
      const id = readVint(buf, pos, true);
      const size = readVint(buf, pos + id.length, false);
      const body = pos + id.length + size.length;
      if (id.value === EBML || id.value === SEGMENT || id.value === CLUSTER) walk(body, Math.min(end, body + size.value));
      else if (id.value === DOC_TYPE) docType = buf.subarray(body, body + size.value).toString("ascii");
      else if (id.value === SIMPLE_BLOCK || id.value === BLOCK_GROUP) frames++;
      pos = body + size.value;
    }
  };
  walk(0, buf.length);
  return { docType, frames };
}
