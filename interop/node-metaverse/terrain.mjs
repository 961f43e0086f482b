// Terrain as node-metaverse decoded it: a 256 x 256 grid of heights, region.terrain[y][x] in metres,
// with -1 marking points no LayerData patch has covered yet. Everything here is pure, so the same
// code judges one bot or ten.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export const SIZE = 256;
const PATCHES = (SIZE / 16) * (SIZE / 16);

/** Heights as one Float32Array, index y*256 + x (x fastest): the layout of OpenSim's RAW32 files. */
export function toGrid(terrain) {
  const grid = new Float32Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      grid[y * SIZE + x] = terrain[y][x];
    }
  }
  return grid;
}

/** Whole 16 x 16 patches received: the library counts points, a patch is 256 of them. */
export function patchesReceived(region) {
  return Math.floor(region.tilesReceived / 256) + '/' + PATCHES;
}

/** Patches (x,y) not yet received, as "(x,y)" strings: at most `max` of them. */
export function missingPatches(region, max = 8) {
  const missing = [];
  for (let py = 0; py < 16; py++) {
    for (let px = 0; px < 16; px++) {
      if (region.terrain[py * 16][px * 16] === -1) {
        missing.push(`(${px},${py})`);
      }
    }
  }
  return missing.length > max ? [...missing.slice(0, max), `... ${missing.length - max} more`] : missing;
}

/** A short summary and a fingerprint that is equal for equal terrains (the decoder is deterministic). */
export function summarise(grid) {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let notFinite = 0;
  for (const h of grid) {
    if (!Number.isFinite(h)) {
      notFinite++;
      continue;
    }
    min = Math.min(min, h);
    max = Math.max(max, h);
    sum += h;
  }
  const bytes = Buffer.from(grid.buffer, grid.byteOffset, grid.byteLength);
  return {
    min, max, notFinite,
    mean: sum / (grid.length - notFinite),
    centre: grid[128 * SIZE + 128],
    fingerprint: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
  };
}

export function describe(s) {
  const f = (v) => v.toFixed(2);
  return `min ${f(s.min)} m, max ${f(s.max)} m, mean ${f(s.mean)} m, h(128,128) ${f(s.centre)} m, fingerprint ${s.fingerprint}`;
}

/** Problems that make a decoded terrain implausible whatever the server meant to send. */
export function sanityProblems(s) {
  const problems = [];
  if (s.notFinite > 0) {
    problems.push(`${s.notFinite} heights are not finite numbers`);
  }
  // The sim's limits for a height are about -100 m .. 4096 m; beyond them the patch was mis-encoded.
  if (s.min < -100 || s.max > 4096) {
    problems.push(`heights out of range (${s.min} .. ${s.max} m)`);
  }
  return problems;
}

export function writeRaw32(path, grid) {
  writeFileSync(path, Buffer.from(grid.buffer, grid.byteOffset, grid.byteLength));
}

/**
 * Compares with an expected RAW32 file (65536 little-endian float32, x fastest). The codec is lossy
 * (quantised DCT), so the comparison allows a tolerance; the answer names the worst point.
 */
export function compareWithRaw32(path, grid, tolerance) {
  const bytes = readFileSync(path);
  if (bytes.length !== SIZE * SIZE * 4) {
    return `expected terrain file ${path} has ${bytes.length} bytes, not ${SIZE * SIZE * 4}`;
  }
  let worst = { err: -1, x: 0, y: 0, want: 0, got: 0 };
  for (let i = 0; i < SIZE * SIZE; i++) {
    const want = bytes.readFloatLE(i * 4);
    const diff = Math.abs(want - grid[i]);
    const err = Number.isFinite(diff) ? diff : Infinity;
    if (err > worst.err) {
      worst = { err, x: i % SIZE, y: Math.floor(i / SIZE), want, got: grid[i] };
    }
  }
  const at = `worst at (${worst.x},${worst.y}): expected ${worst.want.toFixed(3)} m, got ${worst.got.toFixed(3)} m`;
  return worst.err <= tolerance ? null : `terrain differs from ${path} by ${worst.err.toFixed(3)} m > ${tolerance} m; ${at}`;
}
