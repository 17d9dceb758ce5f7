/**
 * Raw DEFLATE through the Compression Streams API (browsers and Node alike, no dependency): for payloads that
 * ride in size-limited places, such as a denial's explanation in a response header.
 */
async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const deflateRaw = (bytes: Uint8Array): Promise<Uint8Array> => pipe(bytes, new CompressionStream('deflate-raw'));

/** The inflated bytes, or null for bytes that are not raw DEFLATE. */
export async function inflateRaw(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    return await pipe(bytes, new DecompressionStream('deflate-raw'));
  } catch {
    return null;
  }
}
