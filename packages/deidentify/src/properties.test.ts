import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deidentifier } from './deidentifier.ts';
import { DICTIONARY_LOAD_TIMEOUT_MS, sharedDeidentifier } from './testing/shared-deidentifier.ts';
import type { EntityType } from './types.ts';

let deidentifier: Deidentifier;
beforeAll(async () => {
  deidentifier = await sharedDeidentifier();
}, DICTIONARY_LOAD_TIMEOUT_MS);

const fragments = fc.constantFrom(
  '上司の山下課長から',
  '090-1234-5678',
  '０８０－４４３２－１１９８',
  'a.b@example.jp',
  '〒899-2201',
  '伊集院町徳重1丁目8-2',
  '株式会社さつま精工',
  '2024年3月14日',
  '32歳',
  '森さん',
  '😀',
  '👨‍👩‍👧',
  '\uD83D',
  '㈱',
  'ｶﾞ',
  '、',
  '。',
  ' ',
  '\n',
  '@handle_1',
  '第1234567号',
  'ひまわり保育園',
  '（８２）',
);
const mixedText = fc
  .array(
    fc.oneof(fragments, fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 4 })),
    {
      maxLength: 25,
    },
  )
  .map((parts) => parts.join(''));

describe('property: detect is total and well-formed', () => {
  it('never throws and returns sorted, non-overlapping, in-bounds spans that do not split code points', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const entities = deidentifier.detect(text);
        let previousEnd = 0;
        for (const entity of entities) {
          expect(entity.start).toBeGreaterThanOrEqual(previousEnd);
          expect(entity.end).toBeGreaterThan(entity.start);
          expect(entity.end).toBeLessThanOrEqual(text.length);
          expect(isLowSurrogate(text.charCodeAt(entity.start))).toBe(false);
          expect(isLowSurrogate(text.charCodeAt(entity.end))).toBe(false);
          previousEnd = entity.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

const DIRECT: ReadonlySet<EntityType> = new Set([
  'PERSON',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'POSTAL_CODE',
  'ID',
  'URL_HANDLE',
  'ORGANIZATION',
]);

describe('property: de-identified output leaks no detected direct identifier', () => {
  it('keeps a detected value only where the same string also occurs undetected', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const { text: output, entities } = deidentifier.deidentify(text);
        let masked = text;
        for (const entity of entities) {
          masked =
            masked.slice(0, entity.start) +
            '\u0000'.repeat(entity.end - entity.start) +
            masked.slice(entity.end);
        }
        for (const entity of entities) {
          if (!DIRECT.has(entity.type)) continue;
          const value = text.slice(entity.start, entity.end);
          if (output.includes(value)) expect(masked).toContain(value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
