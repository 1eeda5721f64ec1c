import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callMinutes, candidateProblem, maxSdpLength, sdpProblem } from './call.ts';

const chromeLikeOffer = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0 1',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 63',
  'c=IN IP4 0.0.0.0',
  'a=mid:0',
  'a=rtpmap:111 opus/48000/2',
  'm=video 9 UDP/TLS/RTP/SAVPF 96 97',
  'a=mid:1',
  'a=rtpmap:96 VP8/90000',
  '',
].join('\r\n');

describe('SDP check', () => {
  it('accepts a browser-shaped offer, with CRLF or LF', () => {
    expect(sdpProblem(chromeLikeOffer)).toBeNull();
    expect(sdpProblem(chromeLikeOffer.replaceAll('\r\n', '\n'))).toBeNull();
  });

  it('never throws, and refuses any text that does not start with v=0', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const problem = sdpProblem(text);
        if (!text.startsWith('v=0')) expect(problem).not.toBeNull();
      }),
    );
  });

  it('refuses a valid offer with a control character, a line of another shape, or too much', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.constantFrom('\u0000', '\u001b', 'no equals sign', 'X=upper case type'),
        (lineIndex, bad) => {
          const lines = chromeLikeOffer.split('\r\n');
          lines.splice(lineIndex, 0, bad.length === 1 ? `a=x${bad}` : bad);
          expect(sdpProblem(lines.join('\r\n'))).not.toBeNull();
        },
      ),
    );
    expect(sdpProblem(`${chromeLikeOffer}a=x:${'y'.repeat(maxSdpLength)}\r\n`)).toMatch(/longer/);
  });
});

describe('ICE candidate check', () => {
  it('accepts what browsers send, including the end-of-candidates marker', () => {
    for (const candidate of [
      '',
      'candidate:842163049 1 udp 1677729535 192.0.2.2 54321 typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag EsAw network-cost 999',
      'candidate:1 1 UDP 2122252543 a3c5f1e2-9d1b-4c1e-8f00-0b1c2d3e4f50.local 60001 typ host',
      'candidate:3 1 udp 41885439 127.0.0.1 49152 typ relay raddr 127.0.0.1 rport 40000',
      'candidate:4 1 tcp 1518280447 2001:db8::1 9 typ host tcptype active',
    ]) {
      expect(candidateProblem(candidate), candidate).toBeNull();
    }
  });

  it('never throws and refuses text that is not a candidate line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        const problem = candidateProblem(text);
        if (text !== '' && !text.startsWith('candidate:')) expect(problem).not.toBeNull();
      }),
    );
  });
});

describe('call length in minutes', () => {
  it('rounds to whole minutes and says at least one', () => {
    expect(callMinutes(0)).toBe(1);
    expect(callMinutes(29)).toBe(1);
    expect(callMinutes(725)).toBe(12);
  });
});
