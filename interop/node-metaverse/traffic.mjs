// Watches one bot's UDP circuit from the outside: what it sent, what the sim sent back, which
// reliable packets are still unacknowledged, which pings were answered. node-metaverse's own errors
// are often a bare "Timeout"; this record is what turns them into a reason ("RegionHandshakeReply
// was never acked").

/** Messages whose arrival means the sim has dropped or is dropping this agent. */
const DROP_MESSAGES = new Set(['DisableSimulator', 'KickUser', 'CloseCircuit']);
/** PacketFlags.Reliable in the packet header. */
const RELIABLE = 0x40;
/** Chatter left out of the verbose trace (still counted). */
const QUIET = new Set(['PacketAck']);

export class Traffic {
  constructor(circuit, say, verbose) {
    this.say = say;
    this.verbose = verbose;
    this.sent = new Map();
    this.received = new Map();
    this.unacked = new Map();
    this.pings = new Map();
    this.drops = [];
    this.lastIn = null;
    this.maxGap = 0;
    this.gapFrom = null;
    this.wrapSend(circuit);
    circuit.onPacketReceived.subscribe((packet) => this.onReceived(packet));
    circuit.onAckReceived.subscribe((seq) => this.unacked.delete(seq));
  }

  // The library exposes no hook for outgoing packets, so the instance's sendMessage is wrapped.
  wrapSend(circuit) {
    const send = circuit.sendMessage.bind(circuit);
    circuit.sendMessage = (message, flags) => {
      const seq = send(message, flags);
      const name = message.name;
      bump(this.sent, name);
      if (flags & RELIABLE) {
        this.unacked.set(seq, { name, at: Date.now() });
      }
      if (name === 'StartPingCheck') {
        this.pings.set(message.PingID.PingID, { sentAt: Date.now(), answeredAt: null });
      }
      if (this.verbose && !QUIET.has(name)) {
        this.say(`  -> ${name} seq ${seq}${flags & RELIABLE ? ' reliable' : ''}`);
      }
      return seq;
    };
  }

  onReceived(packet) {
    const now = Date.now();
    const name = packet.message.name;
    bump(this.received, name);
    if (this.gapFrom !== null && this.lastIn !== null) {
      this.maxGap = Math.max(this.maxGap, now - Math.max(this.lastIn, this.gapFrom));
    }
    this.lastIn = now;
    if (name === 'CompletePingCheck') {
      const ping = this.pings.get(packet.message.PingID.PingID);
      if (ping && ping.answeredAt === null) {
        ping.answeredAt = now;
      }
    }
    if (DROP_MESSAGES.has(name)) {
      this.drops.push({ name, at: now });
    }
    if (this.verbose && !QUIET.has(name)) {
      this.say(`  <- ${name} seq ${packet.sequenceNumber}`);
    }
  }

  seen(name) {
    return this.received.has(name);
  }

  /** Starts measuring the longest silence of the sim (used over the stay). */
  startGapWatch() {
    this.gapFrom = Date.now();
    this.maxGap = 0;
  }

  /** The longest silence since startGapWatch, counting the one still running now. */
  longestGap() {
    const last = Math.max(this.lastIn ?? 0, this.gapFrom ?? 0);
    return Math.max(this.maxGap, Date.now() - last);
  }

  /** Pings sent before `dueBy` that the sim never answered. */
  unansweredPings(dueBy) {
    return [...this.pings.entries()]
      .filter(([, p]) => p.sentAt <= dueBy && p.answeredAt === null)
      .map(([id]) => id);
  }

  answeredPings(since) {
    return [...this.pings.values()].filter((p) => p.sentAt >= since && p.answeredAt !== null);
  }

  /** Reliable packets the sim has not acknowledged, oldest first, e.g. "UseCircuitCode (12.0 s)". */
  pendingAcks() {
    const now = Date.now();
    return [...this.unacked.values()]
      .sort((a, b) => a.at - b.at)
      .map((u) => `${u.name} (${((now - u.at) / 1000).toFixed(1)} s)`);
  }

  /** Counts of everything in each direction, for the end-of-run report. */
  tally() {
    return `sent ${format(this.sent)}; received ${format(this.received)}`;
  }
}

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function format(map) {
  return [...map.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'nothing';
}
