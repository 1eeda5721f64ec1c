import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInviteCode,
  inviteCodeAlphabet,
  inviteCodeLength,
  isWellFormedInviteCode,
  normalizeInviteCode,
} from './invite-code.ts';

const code = fc
  .array(fc.constantFrom(...inviteCodeAlphabet.split('')), {
    minLength: inviteCodeLength,
    maxLength: inviteCodeLength,
  })
  .map((chars) => chars.join(''));

const toFullWidth = (s: string) =>
  s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('invite codes', () => {
  it('has no look-alike characters', () => {
    for (const ch of '01IOLSZB58') expect(inviteCodeAlphabet).not.toContain(ch);
  });

  it('reads back whatever way a person types a code', () => {
    fc.assert(
      fc.property(
        code,
        fc.constantFrom('-', ' ', 'ー', '－', '‐', ''),
        fc.boolean(),
        fc.boolean(),
        (c, sep, lower, wide) => {
          let typed = `${c.slice(0, 4)}${sep}${c.slice(4)}`;
          if (lower) typed = typed.toLowerCase();
          if (wide) typed = toFullWidth(typed);
          const normalized = normalizeInviteCode(`  ${typed} `);
          expect(normalized).toBe(c);
          expect(isWellFormedInviteCode(normalized)).toBe(true);
          expect(normalizeInviteCode(formatInviteCode(c))).toBe(c);
          expect(formatInviteCode(formatInviteCode(c))).toBe(formatInviteCode(c));
        },
      ),
    );
  });

  it('never accepts a string with a character outside the alphabet', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const normalized = normalizeInviteCode(s);
        if (isWellFormedInviteCode(normalized)) {
          expect([...normalized].every((ch) => inviteCodeAlphabet.includes(ch))).toBe(true);
          expect(normalized).toHaveLength(inviteCodeLength);
        }
      }),
    );
  });
});
