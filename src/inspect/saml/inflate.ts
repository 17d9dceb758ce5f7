/**
 * DEFLATE decompression with the platform's DecompressionStream (Node 18+ and browsers), used for
 * the SAML HTTP-Redirect binding. Output is capped so a compression bomb cannot exhaust memory.
 */

export type InflateFormat = 'deflate-raw' | 'deflate';

const DEFAULT_LIMIT = 4 * 1024 * 1024;

/** Inflates `bytes`; null when they are not valid compressed data of that format (or exceed `limit`). */
export async function inflate(bytes: Uint8Array, format: InflateFormat, limit = DEFAULT_LIMIT): Promise<Uint8Array | null> {
  if (typeof DecompressionStream === 'undefined') return null;
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream(format);
  } catch {
    return null;
  }
  const writer = stream.writable.getWriter();
  // The write side rejects too when the data is corrupt; swallow it here, the read side reports.
  const writing = writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    await writing;
    return null;
  }
  await writing;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
