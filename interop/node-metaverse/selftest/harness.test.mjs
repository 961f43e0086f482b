// Checks the harness itself (bot.mjs and its step logic) against the mock sim: that it passes a
// sim that does everything, and fails, with the right reason, a sim that leaves one thing out.
// Run: node --test selftest/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockSim, mockHeight } from './mock-sim.mjs';

const BOT = fileURLToPath(new URL('../bot.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'nmv-selftest-'));

/** Runs bot.mjs; resolves { code, out } (never rejects on a non-zero exit). */
function bot(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BOT, ...args], { timeout: 60000 }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code : 0, out: stdout + stderr });
    });
  });
}

function results(out) {
  return out.split('\n').filter((l) => l.startsWith('RESULT '));
}

/** The RAW32 heightmap the mock's terrain should decode to, optionally with one point changed. */
function expectedTerrain(name, tweak = null) {
  const buf = Buffer.alloc(256 * 256 * 4);
  for (let y = 0; y < 256; y++) {
    for (let x = 0; x < 256; x++) {
      buf.writeFloatLE(mockHeight(x >> 4, y >> 4), (y * 256 + x) * 4);
    }
  }
  if (tweak) {
    buf.writeFloatLE(buf.readFloatLE((tweak.y * 256 + tweak.x) * 4) + tweak.by, (tweak.y * 256 + tweak.x) * 4);
  }
  const path = join(work, name);
  writeFileSync(path, buf);
  return path;
}

let sim;
before(async () => { sim = await startMockSim(); });
after(() => { sim.close(); rmSync(work, { recursive: true, force: true }); });

const login = (more) => ['--uri', sim.loginUri, '--password', 'secret', '--step-timeout', '5', ...more];

test('one bot completes every step against a sim that does everything', async () => {
  const { code, out } = await bot(login(['--first', 'Test', '--last', 'User', '--stay', '1']));
  assert.equal(code, 0, out);
  for (const step of ['login ok:', 'connected:', 'region handshake done: "Mock Region"',
    'terrain received: 256/256 patches', 'stayed 1.0 s', 'logout: LogoutReply received']) {
    assert.ok(out.includes(step), `missing "${step}" in\n${out}`);
  }
  assert.match(results(out)[0], /^RESULT Test User: login=ok connect=ok handshake=ok terrain=ok stay=ok logout=ok terrain-fingerprint=\w+$/);
  assert.ok(sim.log.includes('[CLIENT]: Got a logout request for Test User in Mock Region'));
});

test('several bots at once decode the expected terrain exactly', async () => {
  const expect = expectedTerrain('mock.r32');
  const { code, out } = await bot(login(['--count', '3', '--last', 'Bot', '--stay', '0',
    '--expect-terrain', expect, '--terrain-tolerance', '0']));
  assert.equal(code, 0, out);
  assert.deepEqual(results(out).map((l) => l.split(':')[0]), ['RESULT Bot1 Bot', 'RESULT Bot2 Bot', 'RESULT Bot3 Bot']);
  assert.equal(new Set(results(out).map((l) => l.split('terrain-fingerprint=')[1])).size, 1);
});

test('a terrain that differs from the expected one fails the terrain step, naming the point', async () => {
  const expect = expectedTerrain('off.r32', { x: 7, y: 5, by: 1 });
  const { code, out } = await bot(login(['--first', 'Test', '--last', 'User', '--stay', '0', '--expect-terrain', expect]));
  assert.equal(code, 1, out);
  assert.match(results(out)[0], /terrain=FAILED .*worst at \(7,5\)/);
});

test('a sim that never sends LogoutReply fails the logout step', async () => {
  const quiet = await startMockSim({ withholdLogoutReply: true });
  try {
    const { code, out } = await bot(['--uri', quiet.loginUri, '--password', 'x', '--first', 'A', '--last', 'B', '--stay', '0']);
    assert.equal(code, 1, out);
    assert.match(results(out)[0], /logout=FAILED .*reason: logout: Timeout waiting for message of type LogoutReply/);
  } finally {
    quiet.close();
  }
});

test('a sim that ignores pings fails the stay', async () => {
  const deaf = await startMockSim({ silentPings: true });
  try {
    const { code, out } = await bot(['--uri', deaf.loginUri, '--password', 'x', '--first', 'A', '--last', 'B', '--stay', '8']);
    assert.equal(code, 1, out);
    assert.match(results(out)[0], /stay=FAILED .*reason: stay: the sim did not answer StartPingCheck/);
  } finally {
    deaf.close();
  }
});

test('nothing listening: the login fails at once with the reason', async () => {
  const started = Date.now();
  const { code, out } = await bot(['--uri', 'http://127.0.0.1:9/', '--password', 'x', '--first', 'A', '--last', 'B']);
  assert.equal(code, 1, out);
  assert.match(results(out)[0], /login=FAILED .*ECONNREFUSED/);
  assert.ok(Date.now() - started < 10000);
});

test('bad usage exits 2 with the problem', async () => {
  const { code, out } = await bot(['--uri', 'http://127.0.0.1/', '--password', 'x', '--first', 'A', '--last', 'B']);
  assert.equal(code, 2);
  assert.match(out, /explicit, non-default port/);
});
