import { describe, expect, it } from 'vitest';
import { errorCatalog, errorCodes, isErrorCode } from './errors.ts';

describe('error catalog', () => {
  it.each(errorCodes)('%s has a status and a message in Japanese and English', (code) => {
    const entry = errorCatalog[code];
    expect(entry.status).toBeGreaterThanOrEqual(400);
    expect(entry.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(entry.en).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('recognises only its own codes', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(404)).toBe(false);
  });
});
