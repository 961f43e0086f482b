#!/usr/bin/env node
// Logs one or more node-metaverse bots in to a login URI, waits until each is in the region
// (circuit up, region handshake done, terrain received), stays, logs out. Exit 0 only if every bot
// completed every step; otherwise the reason is printed and the exit code is 1 (2 for bad usage).
// Usage: node bot.mjs --help
import { createRequire } from 'node:module';
import { format, parseArgs } from 'node:util';
import { Session } from './session.mjs';
import { writeRaw32 } from './terrain.mjs';

const USAGE = `usage: node bot.mjs --uri http://127.0.0.1:PORT/ --password P (--first F --last L | --count N --last L [--prefix Bot])
  --stay S               seconds to stay in the region (default 10)
  --count N              log in N bots at once, named <prefix>1 <last> .. <prefix>N <last>
  --prefix P             first-name prefix with --count (default Bot)
  --step-timeout S       limit for each step: login, connect, handshake, terrain, logout (default 30)
  --timeout S            hard limit for the whole run (default: stay + 6 x step timeout)
  --expect-terrain FILE  RAW32 heightmap (65536 LE float32, index y*256+x) the region must match
  --terrain-tolerance M  allowed height error against --expect-terrain (default 0.5)
  --terrain-out FILE     write the terrain the (first) bot decoded, in the same RAW32 layout
  --verbose              print every UDP message in and out (PacketAck left out)`;

const started = Date.now();

function stamp() {
  const now = new Date();
  return `[${now.toISOString().slice(11, 23)} +${((now - started) / 1000).toFixed(3)}s]`;
}

function usage(problem) {
  process.stderr.write(`bot: ${problem}\n${USAGE}\n`);
  process.exit(2);
}

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        uri: { type: 'string' }, first: { type: 'string' }, last: { type: 'string' },
        password: { type: 'string' }, stay: { type: 'string', default: '10' },
        count: { type: 'string' }, prefix: { type: 'string', default: 'Bot' },
        'step-timeout': { type: 'string', default: '30' }, timeout: { type: 'string' },
        'expect-terrain': { type: 'string' }, 'terrain-tolerance': { type: 'string', default: '0.5' },
        'terrain-out': { type: 'string' }, verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    usage(err.message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const number = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) {
      usage(`--${name} must be a number >= ${min}, not "${values[name]}"`);
    }
    return n;
  };
  for (const required of ['uri', 'password', 'last']) {
    if (!values[required]) {
      usage(`--${required} is required`);
    }
  }
  if (!values.count && !values.first) {
    usage('give --first (one bot) or --count (several)');
  }
  checkUri(values.uri);
  const stay = number('stay', 0);
  const stepTimeout = number('step-timeout', 1);
  return {
    uri: values.uri, password: values.password, first: values.first, last: values.last,
    count: values.count ? Math.floor(number('count', 1)) : null, prefix: values.prefix,
    stay, stepTimeout: stepTimeout * 1000,
    timeout: (values.timeout ? number('timeout', 1) : stay + 6 * stepTimeout) * 1000,
    expectTerrain: values['expect-terrain'], terrainTolerance: number('terrain-tolerance', 0),
    terrainOut: values['terrain-out'], verbose: values.verbose,
  };
}

// node-metaverse 0.8.16 builds its XML-RPC request from URL.port, which is '' when the port is
// absent or the scheme's default (http :80, https :443), and then asks for port NaN.
function checkUri(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    usage(`--uri "${uri}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    usage(`--uri must be http or https, not ${url.protocol}`);
  }
  if (url.port === '') {
    usage(`--uri "${uri}" needs an explicit, non-default port: node-metaverse reads URL.port, which is empty for none or for :80/:443`);
  }
}

/**
 * The library reports some failures only on the console (a packet it could not decode, a failed seed
 * capability). Its output is passed through, stamped; those lines are also kept as errors.
 */
const libraryErrors = [];
const FATAL_LIBRARY_LINES = [/Finished reading .* not at the end of the packet/, /Error getting seed capability/,
  /Invalid land packet/, /not implemented/];

/**
 * Trailing Variable blocks that the current message template (the one LL's viewers and our sim
 * use) has and node-metaverse 0.8.16's message classes predate: a sim that writes them, empty, leaves
 * one count byte per block that the library does not read, and it warns. Such a byte is not an
 * error (the library never appends acks after them, as our sim sends acks in their own packets), so
 * it is a note, but only when the unread bytes are exactly these empty counts. OpenSim 0.9.2.2 also
 * writes MapBlockReply's Size count. Any other unread byte is still an error.
 */
const NEWER_TEMPLATE_TAILS = {
  RegionInfo: 1, // CombatSettings
  AvatarAppearance: 1, // AttachmentBlock
  MapBlockReply: 1, // Size
};
const newerTemplateTails = new Set();

function isNewerTemplateTail(text) {
  const m = /Finished reading (\w+)Message but we're not at the end of the packet \((\d+) < (\d+)/.exec(text);
  return m !== null && NEWER_TEMPLATE_TAILS[m[1]] === Number(m[3]) - Number(m[2]);
}

function hookConsole() {
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      const text = format(...args);
      original(`${stamp()} node-metaverse ${level} | ${text}`);
      const decodeFailure = args.some((a) => a instanceof Error && /readFromBuffer|Packet\.js/.test(a.stack ?? ''));
      if (isNewerTemplateTail(text)) {
        newerTemplateTails.add(text.split(' (')[0]);
      } else if (decodeFailure || FATAL_LIBRARY_LINES.some((re) => re.test(text))) {
        libraryErrors.push(decodeFailure ? `could not decode a packet from the sim: ${text.split('\n')[0]}` : text.split('\n')[0]);
      }
    };
  }
}

function report(sessions) {
  for (const s of sessions) {
    process.stdout.write(`${s.resultLine()}\n`);
  }
}

function terrainAgreement(sessions) {
  const prints = new Set(sessions.filter((s) => s.summary).map((s) => s.summary.fingerprint));
  return prints.size > 1 ? `the bots decoded different terrains (fingerprints ${[...prints].join(', ')})` : null;
}

async function main() {
  const opts = parseOptions();
  hookConsole();
  const require = createRequire(import.meta.url);
  const lib = require('@caspertech/node-metaverse');
  const names = opts.count
    ? Array.from({ length: opts.count }, (_, i) => [`${opts.prefix}${i + 1}`, opts.last])
    : [[opts.first, opts.last]];
  const sessions = names.map(([first, last]) =>
    new Session(lib, opts, first, last, (text) => process.stdout.write(`${stamp()} ${first} ${last} | ${text}\n`)));

  const abort = (why) => {
    process.stdout.write(`${stamp()} ABORT: ${why}\n`);
    for (const s of sessions.filter((x) => !x.ok() && !x.reason)) {
      s.status[s.current ?? 'login'] = 'FAILED';
      s.reason = `${s.current}: ${why.split('\n')[0]}`; // the RESULT line stays one line
    }
    report(sessions);
    process.exit(1);
  };
  process.on('uncaughtException', (err) => abort(`uncaught exception inside node-metaverse: ${err.stack ?? err}`));
  process.on('unhandledRejection', (reason) => {
    // close() fires a last EventQueueGet POST ("done") without awaiting it; a sim that has already
    // dropped the agent's caps may refuse it. That is no failure once the bot has logged out.
    const url = reason?.options?.url?.href ?? '';
    const after = sessions.some((s) => s.loggedOut && url && s.region?.caps?.capabilities?.EventQueueGet === url);
    const text = `unhandled rejection inside node-metaverse: ${reason?.message ?? reason}${url ? ` (${url})` : ''}`;
    process.stdout.write(`${stamp()} ${after ? 'note (after logout)' : 'ERROR'}: ${text}\n`);
    if (!after) {
      libraryErrors.push(text);
    }
  });
  setTimeout(() => abort(`overall timeout of ${opts.timeout / 1000} s`), opts.timeout);

  await Promise.all(sessions.map((s) => s.run()));

  const problems = [...libraryErrors];
  const disagreement = terrainAgreement(sessions);
  if (disagreement) {
    problems.push(disagreement);
  }
  const first = sessions.find((s) => s.grid);
  if (opts.terrainOut && first) {
    writeRaw32(opts.terrainOut, first.grid);
    process.stdout.write(`${stamp()} wrote ${first.name}'s terrain to ${opts.terrainOut}\n`);
  }
  report(sessions);
  for (const t of newerTemplateTails) {
    process.stdout.write(`note: ${t}: only the empty count of a template block newer than node-metaverse's (not an error)\n`);
  }
  for (const p of problems) {
    process.stdout.write(`PROBLEM: ${p}\n`);
  }
  const completed = sessions.filter((s) => s.ok()).length;
  process.stdout.write(`bot summary: ${completed} of ${sessions.length} bots completed every step`
    + `${problems.length ? `, ${problems.length} problem(s) reported` : ''}\n`);
  process.exit(completed === sessions.length && problems.length === 0 ? 0 : 1);
}

main().catch((err) => {
  process.stdout.write(`${stamp()} FATAL: ${err.stack ?? err}\n`);
  process.exit(1);
});
