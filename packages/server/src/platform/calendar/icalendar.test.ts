import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar, escapeText, foldLine } from './icalendar.ts';

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('iCalendar (RFC 5545)', () => {
  it('writes the event in UTC with a stable UID and a neutral summary', () => {
    const ics = buildCalendar({
      producer: 'Appointments',
      summary: '働く人の保健室 相談予約',
      uid: '4b8e1c1a-0000-4000-8000-000000000001',
      sequence: 2,
      startsAt: new Date('2026-11-25T14:00:00+09:00'),
      endsAt: new Date('2026-11-25T14:30:00+09:00'),
      stamp: new Date('2026-11-20T01:02:03.456Z'),
      url: 'https://yorisoi.example/appointments',
      cancelled: false,
    });
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('UID:4b8e1c1a-0000-4000-8000-000000000001@yorisoi');
    expect(lines).toContain('DTSTART:20261125T050000Z');
    expect(lines).toContain('DTEND:20261125T053000Z');
    expect(lines).toContain('DTSTAMP:20261120T010203Z');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('SUMMARY:働く人の保健室 相談予約');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('folds every line to at most 75 octets without splitting a character, and unfolds back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) {
          expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        }
        expect(unfold(folded)).toBe(line);
      }),
    );
  });

  it('escapes text so that no value can start a new property', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[;,]/);
      }),
    );
  });
});
