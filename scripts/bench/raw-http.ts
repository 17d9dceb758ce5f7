/**
 * A minimal HTTP/1.1 client for the bench: one connection sends one pre-serialised request at a time
 * and reads the answer by Content-Length (or chunked encoding), reconnecting when the server closes.
 * Node's http client costs more CPU per request than the sandbox spends answering it, and on a
 * 2-CPU machine that client time is taken from the server; this one costs a few microseconds.
 */
import { connect, type Socket } from 'node:net';

export interface RawRequest {
  host: string;
  port: number;
  /** The whole request: request line, headers, blank line and body. */
  bytes: Buffer;
}

/** The request line, headers and body as they go on the wire. */
export function serialiseRequest(method: string, path: string, headers: Record<string, string>, body: Buffer): Buffer {
  const lines = [`${method} ${path} HTTP/1.1`];
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() !== 'connection') lines.push(`${k}: ${v}`);
  lines.push('connection: keep-alive', '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), body]);
}

const HEADER_END = Buffer.from('\r\n\r\n');

interface Parsed {
  status: number;
  /** Bytes of the buffer the response took, or -1 while it is incomplete. */
  length: number;
  close: boolean;
}

/** Where a chunked body ends (after the 0-size chunk and its blank line), or -1. */
function chunkedEnd(buf: Buffer, start: number): number {
  let at = start;
  for (;;) {
    const eol = buf.indexOf('\r\n', at, 'latin1');
    if (eol < 0) return -1;
    const size = parseInt(buf.toString('latin1', at, eol).split(';')[0] ?? '', 16);
    if (!Number.isFinite(size)) throw new Error('bad chunk size in the response');
    if (size === 0) {
      const end = buf.indexOf(HEADER_END, eol);
      return end < 0 ? (buf.length >= eol + 4 && buf.toString('latin1', eol, eol + 4) === '\r\n\r\n' ? eol + 4 : -1) : end + 4;
    }
    at = eol + 2 + size + 2;
    if (at > buf.length) return -1;
  }
}

/** One complete response at the start of `buf`, if it is all there. */
export function parseResponse(buf: Buffer): Parsed | null {
  const headEnd = buf.indexOf(HEADER_END);
  if (headEnd < 0) return null;
  const head = buf.toString('latin1', 0, headEnd).split('\r\n');
  const statusLine = head[0] ?? '';
  const m = /^HTTP\/1\.([01]) (\d{3})/.exec(statusLine);
  if (!m) throw new Error(`not an HTTP response: ${statusLine.slice(0, 40)}`);
  const headers = new Map<string, string>();
  for (const line of head.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const connection = headers.get('connection')?.toLowerCase() ?? '';
  const close = connection === 'close' || (m[1] === '0' && connection !== 'keep-alive');
  const bodyStart = headEnd + 4;
  let length: number;
  if (headers.get('transfer-encoding')?.toLowerCase().includes('chunked')) length = chunkedEnd(buf, bodyStart);
  else if (headers.has('content-length')) {
    const n = Number(headers.get('content-length'));
    length = buf.length >= bodyStart + n ? bodyStart + n : -1;
  } else return { status: Number(m[2]), length: -1, close: true }; // read to the end of the stream
  return length < 0 ? null : { status: Number(m[2]), length, close };
}

/** A connection that sends `req` again and again; `send()` resolves with each answer's status. */
export class RawConnection {
  private socket: Socket | null = null;
  private buf: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (status: number) => void; reject: (e: Error) => void } | null = null;

  constructor(private readonly req: RawRequest) {}

  private open(): Socket {
    const s = connect({ host: this.req.host, port: this.req.port, noDelay: true });
    s.on('data', (d: Buffer) => this.onData(d));
    // Events of a socket already let go (closed after a Connection: close answer) concern nobody.
    s.on('error', (e) => this.socket === s && this.fail(e));
    s.on('close', () => {
      if (this.socket !== s) return;
      this.socket = null;
      // A response without a length ends with the stream.
      const w = this.waiting;
      if (w && this.buf.length > 0) {
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(this.buf.toString('latin1', 0, 16))?.[1] ?? 0);
        this.waiting = null;
        this.buf = Buffer.alloc(0);
        w.resolve(status);
      } else this.fail(new Error('the server closed the connection'));
    });
    return s;
  }

  private fail(e: Error): void {
    const w = this.waiting;
    this.waiting = null;
    this.buf = Buffer.alloc(0);
    const s = this.socket;
    this.socket = null;
    s?.destroy();
    w?.reject(e);
  }

  private onData(d: Buffer): void {
    this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
    let parsed: Parsed | null;
    try {
      parsed = parseResponse(this.buf);
    } catch (e) {
      this.fail(e as Error);
      return;
    }
    if (!parsed || parsed.length < 0) return;
    this.buf = this.buf.subarray(parsed.length);
    if (parsed.close) {
      const s = this.socket;
      this.socket = null;
      s?.destroy();
    }
    const w = this.waiting;
    this.waiting = null;
    w?.resolve(parsed.status);
  }

  send(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.buf = Buffer.alloc(0);
      this.socket ??= this.open();
      this.socket.write(this.req.bytes);
    });
  }

  close(): void {
    this.waiting = null;
    const s = this.socket;
    this.socket = null;
    s?.destroy();
  }
}
