import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCannedReply, unknownVariables } from './canned-reply.ts';

describe('canned replies', () => {
  it('fills in known variables and leaves unknown ones visible', () => {
    expect(
      renderCannedReply('{{name}}さん、{{ coordinator }}です。{{unknown}}', {
        name: 'みー',
        coordinator: '春野',
      }),
    ).toBe('みーさん、春野です。{{unknown}}');
    expect(unknownVariables('{{name}} {{nmae}} {{nmae}}')).toEqual(['nmae']);
  });

  it('never changes text without variables, and never re-expands inserted values', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{{')),
        fc.string(),
        (text, value) => {
          expect(renderCannedReply(text, { name: value })).toBe(text);
          expect(renderCannedReply('{{name}}', { name: `${value}{{coordinator}}` })).toBe(
            `${value}{{coordinator}}`,
          );
        },
      ),
    );
  });
});
