/**
 * A Shift_JIS encoder for tests, built by inverting the platform's own decoder over every
 * one- and two-byte sequence: the bytes Excel on Windows would write, with no dependency.
 */
let table: Map<string, number[]> | null = null;

function encoderTable(): Map<string, number[]> {
  if (table) return table;
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const map = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if ([...char].length === 1 && !map.has(char)) map.set(char, bytes);
    } catch {
      // Not a character in Shift_JIS: nothing to map.
    }
  };
  for (let b = 0; b < 0x80; b++) add([b]);
  for (let b = 0xa1; b <= 0xdf; b++) add([b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  table = map;
  return map;
}

export function encodeShiftJis(text: string): Uint8Array {
  const map = encoderTable();
  const out: number[] = [];
  for (const char of text) {
    const bytes = map.get(char);
    if (!bytes) throw new RangeError(`not in Shift_JIS: ${char}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}
