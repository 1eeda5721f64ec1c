/**
 * Open data arrives in whatever its publisher's tools wrote: UTF-8 with or without BOM,
 * Shift_JIS/CP932 (Excel on Windows), UTF-16 with BOM (新宿区). The encoding is detected,
 * never guessed: a BOM decides; otherwise the bytes must be valid UTF-8 or, failing that,
 * valid Shift_JIS as a whole. A file that is neither (or mixes them) is not read at all.
 */
export type DetectedEncoding = 'utf-8-bom' | 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

export type DecodedText = { ok: true; text: string; encoding: DetectedEncoding } | { ok: false };

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeOpenDataText(bytes: Uint8Array): DecodedText {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  const attempt = (label: string, body: Uint8Array, encoding: DetectedEncoding): DecodedText => {
    const text = strictDecode(label, body);
    return text === null ? { ok: false } : { ok: true, text, encoding };
  };
  if (starts(0xef, 0xbb, 0xbf)) return attempt('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (starts(0xff, 0xfe)) return attempt('utf-16le', bytes.subarray(2), 'utf-16le');
  if (starts(0xfe, 0xff)) return attempt('utf-16be', bytes.subarray(2), 'utf-16be');
  // A NUL byte is never in Japanese text in UTF-8 or Shift_JIS: UTF-16 without its BOM.
  if (bytes.includes(0)) return { ok: false };
  const utf8 = attempt('utf-8', bytes, 'utf-8');
  return utf8.ok ? utf8 : attempt('shift_jis', bytes, 'shift_jis');
}
