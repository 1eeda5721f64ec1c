import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDeidentifyCli } from './cli.ts';
import type { Deidentifier } from './deidentifier.ts';
import { DICTIONARY_LOAD_TIMEOUT_MS, sharedDeidentifier } from './testing/shared-deidentifier.ts';

let deidentifier: Deidentifier;
beforeAll(async () => {
  deidentifier = await sharedDeidentifier();
}, DICTIONARY_LOAD_TIMEOUT_MS);

async function run(input: string): Promise<{ code: number; output: string[]; errors: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  let errors = '';
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const done = runDeidentifyCli({
    input: stdin,
    output: stdout,
    errorOutput: stderr,
    deidentifier,
  });
  stdin.end(input);
  const code = await done;
  return { code, output: out.join('').split('\n').filter(Boolean), errors };
}

describe('runDeidentifyCli', () => {
  it('writes one de-identified line per input line with offsets into the input', async () => {
    const text = '上司の山下課長に090-1234-5678で連絡';
    const { code, output, errors } = await run(JSON.stringify({ id: 'a1', text }) + '\n');
    expect(code).toBe(0);
    expect(errors).toBe('');
    expect(output).toHaveLength(1);
    const line = JSON.parse(output[0] as string) as {
      id: string;
      text: string;
      entities: { type: string; start: number; end: number }[];
    };
    expect(line.id).toBe('a1');
    expect(line.text).toBe('上司の〈氏名〉課長に〈電話番号〉で連絡');
    expect(line.entities.map((e) => [e.type, text.slice(e.start, e.end)])).toEqual([
      ['PERSON', '山下'],
      ['PHONE', '090-1234-5678'],
    ]);
  });

  it('reports malformed lines with their number, keeps going and exits with 1', async () => {
    const input = [
      JSON.stringify({ id: '1', text: '32歳です' }),
      '{not json',
      '',
      JSON.stringify({ id: 2, text: 'x' }),
      JSON.stringify({ id: '3' }),
      JSON.stringify({ id: '4', text: '森さん' }),
    ].join('\n');
    const { code, output, errors } = await run(input);
    expect(code).toBe(1);
    expect(output.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['1', '4']);
    expect(errors).toMatch(/line 2:/);
    expect(errors).toMatch(/line 4:/);
    expect(errors).toMatch(/line 5:/);
    expect(errors).not.toMatch(/line 3:/);
  });

  it('exits with 0 on empty input', async () => {
    expect((await run('')).code).toBe(0);
  });
});
