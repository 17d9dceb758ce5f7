/**
 * Turning decoded bytes into XML text: UTF-8 (the SAML norm), UTF-16 with a byte-order mark, or
 * the single-byte encoding an XML declaration names. Invalid UTF-8 is reported with its offset.
 */
import type { Message } from '../../kernel/message';
import { parseError, parsed, type ParseResult } from '../../kernel/result';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes, after an optional BOM and whitespace, start with '<'. */
export function looksLikeXmlBytes(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // UTF-16: look at the first non-zero byte of each code unit.
    for (let j = 2; j + 1 < bytes.length; j += 2) {
      const unit = bytes[0] === 0xff ? (bytes[j] ?? 0) | ((bytes[j + 1] ?? 0) << 8) : ((bytes[j] ?? 0) << 8) | (bytes[j + 1] ?? 0);
      if (unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d) continue;
      return unit === 0x3c;
    }
    return false;
  }
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x3c;
  }
  return false;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const SINGLE_BYTE = /^(iso-8859-1|latin1|latin-1|us-ascii|ascii|windows-1252|cp1252)$/i;

/** Decodes XML bytes to text; `notes` gets a line when anything but plain UTF-8 was involved. */
export function xmlBytesToText(bytes: Uint8Array, notes: Message[]): ParseResult<string, Message> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    notes.push(/*i18n*/ { id: 'samlDecode.utf16le', message: 'The XML is UTF-16 (little-endian, with a byte-order mark).' });
    return parsed(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    notes.push(/*i18n*/ { id: 'samlDecode.utf16be', message: 'The XML is UTF-16 (big-endian, with a byte-order mark).' });
    return parsed(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  }
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    notes.push(/*i18n*/ { id: 'samlDecode.bom', message: 'Removed a UTF-8 byte-order mark.' });
  }
  try {
    return parsed(strictUtf8.decode(body));
  } catch {
    const head = new TextDecoder('latin1').decode(body.subarray(0, 200));
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (declared && SINGLE_BYTE.test(declared)) {
      notes.push(/*i18n*/ { id: 'samlDecode.declaredEncoding', message: 'The XML declares encoding="{encoding}" and was decoded that way (SAML normally uses UTF-8).', values: { encoding: declared }, verbatim: ['encoding'] });
      return parsed(new TextDecoder('windows-1252').decode(body));
    }
    const at = firstInvalidUtf8(body);
    const problem: Message = declared
        ? /*i18n*/ { id: 'samlDecode.notUtf8Declared', message: 'The decoded bytes are not valid UTF-8 text (first bad byte at offset {offset}; the XML declares encoding="{encoding}", which is not supported).', values: { offset: at, encoding: declared }, verbatim: ['encoding'] }
        : /*i18n*/ { id: 'samlDecode.notUtf8', message: 'The decoded bytes are not valid UTF-8 text (first bad byte at offset {offset}).', values: { offset: at } };
    return parseError(problem);
  }
}
