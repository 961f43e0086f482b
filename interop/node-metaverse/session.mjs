// One bot's visit: login, circuit, region handshake, terrain, a stay, logout. Each step has its own
// time limit and, when it fails, a reason built from what the sim did and did not send.
import { Traffic } from './traffic.mjs';
import * as terrain from './terrain.mjs';

export const STEPS = ['login', 'connect', 'handshake', 'terrain', 'stay', 'logout'];

/** A ping sent this long before the end of the stay must have been answered (loopback RTT is ~1 ms). */
const PING_GRACE_MS = 2000;

export class Session {
  /**
   * @param lib the node-metaverse module; @param opts parsed options (uri, password, stay, stepTimeout,
   * verbose, expectTerrain, terrainTolerance); @param first/last the avatar; @param say(text) prints a line.
   */
  constructor(lib, opts, first, last, say) {
    this.lib = lib;
    this.opts = opts;
    this.name = `${first} ${last}`;
    this.first = first;
    this.last = last;
    this.say = say;
    this.status = Object.fromEntries(STEPS.map((s) => [s, '-']));
    this.current = null;
    this.reason = null;
    this.summary = null;
    this.grid = null;
    this.loggedOut = false;
    this.disconnect = null;
  }

  async run() {
    try {
      await this.step('login', () => this.login());
      await this.step('connect', () => this.connect());
      await this.step('handshake', () => this.handshake());
      await this.step('terrain', () => this.terrain());
      await this.step('stay', () => this.stay());
      await this.step('logout', () => this.logout());
    } catch (err) {
      this.status[this.current] = 'FAILED';
      this.reason = `${this.current}: ${err.message}`;
      this.say(`FAILED at ${this.reason}`);
      if (this.traffic && this.opts.verbose) {
        this.say(`traffic: ${this.traffic.tally()}`);
      }
    }
    return this;
  }

  ok() {
    return STEPS.every((s) => this.status[s] === 'ok');
  }

  async step(name, body) {
    this.current = name;
    await body();
    this.status[name] = 'ok';
  }

  async login() {
    const params = new this.lib.LoginParameters();
    params.firstName = this.first;
    params.lastName = this.last;
    params.password = this.opts.password;
    params.start = 'last';
    params.url = this.opts.uri;
    params.agreeToTOS = true;
    params.readCritical = true;
    // Lite object store, own attachments only: this check is about the circuit, not the scene.
    const flags = this.lib.BotOptionFlags.LiteObjectStore | this.lib.BotOptionFlags.StoreMyAttachmentsOnly;
    this.bot = new this.lib.Bot(params, flags);
    this.bot.clientEvents.onDisconnected.subscribe((evt) => {
      this.disconnect = evt;
      this.say(`disconnected (${evt.requested ? 'requested' : 'NOT requested'}): ${evt.message}`);
    });
    this.say(`logging in to ${this.opts.uri}`);
    const response = await limit(this.bot.login(), this.opts.stepTimeout, () => 'no XML-RPC reply from the login URI')
      .catch((err) => { throw new Error(loginFailure(err)); });
    this.region = this.bot.currentRegion;
    this.circuit = this.region.circuit;
    const missing = ['circuitCode', 'ipAddress', 'port', 'sessionID'].filter((k) => this.circuit[k] === undefined);
    if (missing.length > 0) {
      throw new Error(`login reply lacks what the circuit needs (${missing.join(', ')}): check circuit_code, sim_ip, sim_port, session_id`);
    }
    this.traffic = new Traffic(this.circuit, (text) => this.say(text), this.opts.verbose);
    this.say(`login ok: agent ${this.bot.agentID()}, circuit code ${this.circuit.circuitCode}, `
      + `sim ${this.circuit.ipAddress}:${this.circuit.port}, seed capability ${this.region.caps ? 'offered' : 'NOT offered'}`
      + (response.loginMessage ? `, message "${response.loginMessage}"` : ''));
  }

  async connect() {
    await limit(this.bot.connectToSim(), this.opts.stepTimeout, () => 'timed out')
      .catch((err) => { throw new Error(`${err.message}; ${this.connectDiagnosis()}`); });
    this.say(`connected: circuit up with "${this.region.regionName}" (UseCircuitCode, RegionHandshakeReply and `
      + 'AgentThrottle acked, AgentWearablesUpdate received, Current Outfit fetched)');
  }

  connectDiagnosis() {
    const t = this.traffic;
    const never = ['RegionHandshake', 'AgentMovementComplete', 'AgentWearablesUpdate'].filter((m) => !t.seen(m));
    const caps = this.region.caps;
    const seed = !caps ? 'no seed capability in the login reply'
      : caps.gotSeedCap ? `seed capability granted ${Object.keys(caps.capabilities).length} caps`
        + (caps.capabilities.FetchInventoryDescendents2 ? '' : ' but not FetchInventoryDescendents2 (needed)')
        : 'seed capability POST has not succeeded';
    return `not yet acked by the sim: ${t.pendingAcks().join(', ') || 'none'}; `
      + `never received: ${never.join(', ') || 'none'}; ${seed}`;
  }

  async handshake() {
    const done = () => this.region.handshakeComplete && this.traffic.seen('AgentMovementComplete');
    await until(done, [this.circuit.onPacketReceived, this.region.handshakeCompleteEvent], this.opts.stepTimeout,
      () => {
        const never = ['AgentMovementComplete', 'RegionInfo', 'MapBlockReply'].filter((m) => !this.traffic.seen(m));
        return `handshake incomplete (the library waits for RegionInfo after RequestRegionInfo and for a `
          + `MapBlockReply naming the region after MapNameRequest); never received: ${never.join(', ') || 'none'}`;
      });
    const caps = this.region.caps?.capabilities ?? {};
    this.say(`region handshake done: "${this.region.regionName}" at grid ${this.region.xCoordinate},${this.region.yCoordinate}, `
      + `water ${this.region.waterHeight} m; caps granted ${Object.keys(caps).length} `
      + `(EventQueueGet ${caps.EventQueueGet ? 'yes' : 'no'})`);
  }

  async terrain() {
    const region = this.region;
    await until(() => region.terrainComplete, [this.circuit.onPacketReceived, region.terrainCompleteEvent],
      this.opts.stepTimeout, () => `only ${terrain.patchesReceived(region)} terrain patches after `
        + `${this.traffic.received.get('LayerData') ?? 0} LayerData packets (all 256 are needed); `
        + `missing ${terrain.missingPatches(region).join(' ')}`);
    this.grid = terrain.toGrid(region.terrain);
    this.summary = terrain.summarise(this.grid);
    this.say(`terrain received: ${terrain.patchesReceived(region)} patches in `
      + `${this.traffic.received.get('LayerData')} LayerData packets; ${terrain.describe(this.summary)}`);
    const problems = terrain.sanityProblems(this.summary);
    if (this.opts.expectTerrain) {
      const diff = terrain.compareWithRaw32(this.opts.expectTerrain, this.grid, this.opts.terrainTolerance);
      if (diff) {
        problems.push(diff);
      } else {
        this.say(`terrain matches ${this.opts.expectTerrain} within ${this.opts.terrainTolerance} m`);
      }
    }
    if (problems.length > 0) {
      throw new Error(problems.join('; '));
    }
  }

  async stay() {
    const seconds = this.opts.stay;
    this.say(`staying ${seconds} s`);
    const start = Date.now();
    this.traffic.startGapWatch();
    const dropped = () => this.disconnect !== null || this.traffic.drops.length > 0;
    const droppedEarly = await until(dropped, [this.circuit.onPacketReceived, this.bot.clientEvents.onDisconnected],
      seconds * 1000, null);
    if (droppedEarly) {
      const drop = this.traffic.drops[0];
      const after = (((drop?.at ?? Date.now()) - start) / 1000).toFixed(1);
      throw new Error(drop ? `the sim sent ${drop.name} ${after} s into the stay`
        : `the library dropped the circuit ${after} s into the stay: ${this.disconnect.message}`);
    }
    const unanswered = this.traffic.unansweredPings(Date.now() - PING_GRACE_MS);
    if (unanswered.length > 0) {
      throw new Error(`the sim did not answer StartPingCheck ${unanswered.join(', ')} with CompletePingCheck`);
    }
    const answered = this.traffic.answeredPings(start);
    const rtt = answered.length ? (answered.reduce((a, p) => a + p.answeredAt - p.sentAt, 0) / answered.length).toFixed(1) : '-';
    this.say(`stayed ${((Date.now() - start) / 1000).toFixed(1)} s connected: ${answered.length} pings answered `
      + `(mean RTT ${rtt} ms), longest silence of the sim ${(this.traffic.longestGap() / 1000).toFixed(1)} s`);
  }

  async logout() {
    this.say('logout: sending LogoutRequest');
    // close() sends LogoutRequest, waits up to 5 s for LogoutReply, then shuts the circuit down.
    await limit(this.bot.close(), this.opts.stepTimeout, () => 'close() did not finish')
      .catch((err) => {
        const acked = this.traffic.pendingAcks().some((p) => p.startsWith('LogoutRequest')) ? 'NOT acked' : 'acked';
        throw new Error(`${err.message} (LogoutRequest ${acked} by the sim)`);
      });
    this.loggedOut = true;
    this.say(`logout: LogoutReply received, circuit closed (${this.disconnect?.message ?? 'no disconnect event'})`);
    if (this.opts.verbose) {
      this.say(`traffic: ${this.traffic.tally()}`);
    }
  }

  /** One machine-readable line per bot, read by run-interop.sh. */
  resultLine() {
    const steps = STEPS.map((s) => `${s}=${this.status[s]}`).join(' ');
    const print = this.summary ? ` terrain-fingerprint=${this.summary.fingerprint}` : '';
    return `RESULT ${this.name}: ${steps}${print}${this.reason ? ` reason: ${this.reason}` : ''}`;
  }
}

function loginFailure(err) {
  if (err.reason !== undefined || err.message_id !== undefined) {
    return `the login service refused: reason "${err.reason}", message "${err.message}"`;
  }
  return `login request failed: ${err.message}${err.code ? ` (${err.code})` : ''}`;
}

/** The promise, or a rejection naming `what()` once `ms` have passed. */
function limit(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what()} after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Resolves true as soon as `done()` holds, re-checking whenever one of the RxJS subjects emits.
 * After `ms`: resolves false when `why` is null, otherwise rejects with why().
 */
function until(done, subjects, ms, why) {
  return new Promise((resolve, reject) => {
    const subs = [];
    const finish = (value, error) => {
      clearTimeout(timer);
      subs.forEach((s) => s.unsubscribe());
      error ? reject(error) : resolve(value);
    };
    const timer = setTimeout(() => (why ? finish(null, new Error(why())) : finish(false)), ms);
    if (done()) {
      finish(true);
      return;
    }
    for (const subject of subjects) {
      subs.push(subject.subscribe(() => done() && finish(true)));
    }
  });
}
