/**
 * After `vite build`: writes a Brotli (.br) and a gzip (.gz) copy next to every text asset
 * of dist/, once, at the highest levels (the server then sends them as they are, see
 * packages/server/src/app/web-assets.ts, instead of compressing on every request or not
 * at all). A copy that would not be smaller is not written.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../dist');
const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this the headers outweigh the savings. */
const minimumBytes = 1024;

function* filesUnder(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(file);
    else yield file;
  }
}

let originalBytes = 0;
let brotliBytes = 0;
let count = 0;
for (const file of filesUnder(dist)) {
  if (!compressible.test(file)) continue;
  const content = fs.readFileSync(file);
  if (content.length < minimumBytes) continue;
  const brotli = zlib.brotliCompressSync(content, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gzip = zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
  if (brotli.length < content.length) fs.writeFileSync(`${file}.br`, brotli);
  if (gzip.length < content.length) fs.writeFileSync(`${file}.gz`, gzip);
  originalBytes += content.length;
  brotliBytes += Math.min(brotli.length, content.length);
  count++;
}
console.log(
  `precompressed ${count} files: ${Math.round(originalBytes / 1024)} KB → ${Math.round(brotliBytes / 1024)} KB with Brotli`,
);
