import { createInterface } from 'node:readline';
import { createDeidentifier, type Deidentifier } from './deidentifier.ts';

export interface DeidentifyCliOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errorOutput: NodeJS.WritableStream;
  /** Injected in tests so the dictionary is loaded once. */
  deidentifier?: Deidentifier;
}

/**
 * Reads JSON lines {"id","text"} and writes {"id","text","entities"} per valid line.
 * A bad line is reported with its line number and skipped; the exit code is 1 if any line was bad.
 */
export async function runDeidentifyCli(options: DeidentifyCliOptions): Promise<number> {
  const deidentifier = options.deidentifier ?? (await createDeidentifier());
  const lines = createInterface({ input: options.input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = false;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') {
      failed = true;
      options.errorOutput.write(`line ${lineNumber}: ${parsed}\n`);
      continue;
    }
    const result = deidentifier.deidentify(parsed.text);
    const written = options.output.write(
      JSON.stringify({ id: parsed.id, text: result.text, entities: result.entities }) + '\n',
    );
    if (!written) await new Promise((resolve) => options.output.once('drain', resolve));
  }
  return failed ? 1 : 0;
}

function parseLine(line: string): { id: string; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'expected a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string') return '"id" must be a string';
  if (typeof record.text !== 'string') return '"text" must be a string';
  return { id: record.id, text: record.text };
}
