// Writes the interop check's height map: a deterministic 256 x 256 RAW32 file (65536 little-endian
// float32 heights in metres, index y*256+x, as OpenSim's .r32). Smooth hills between about 12 and
// 48 m, with no symmetry, so a patch sent to the wrong place or a swapped axis shows up in the
// comparison. Usage: node make-terrain.mjs FILE
import { writeFileSync } from 'node:fs';

const SIZE = 256;
const file = process.argv[2];
if (!file) {
  console.error('usage: node make-terrain.mjs FILE.r32');
  process.exit(2);
}
const heights = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const h = 30 + 12 * Math.sin(x / 23) * Math.cos(y / 31) + 6 * Math.sin((x + 2 * y) / 47) + x / 64;
    heights.writeFloatLE(h, (y * SIZE + x) * 4);
  }
}
writeFileSync(file, heights);
console.log(`wrote ${file}: 256 x 256 RAW32 height map`);
