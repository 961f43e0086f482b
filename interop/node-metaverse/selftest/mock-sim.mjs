// A throwaway stand-in for a region server, only to test the HARNESS (bot.mjs, session.mjs) without
// Rituals: it proves nothing about interop, because it encodes with node-metaverse's own message
// classes. It answers exactly what node-metaverse 0.8.16 waits for on a login (see README.md) and
// logs the two lines run-interop.sh looks for in a real server's log.
import { createServer } from 'node:http';
import { createSocket } from 'node:dgram';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(import.meta.url);
const lib = require('@caspertech/node-metaverse');
const classes = (path) => require(`@caspertech/node-metaverse/dist/lib/classes/${path}`);
const { Packet } = classes('Packet');
const messages = classes('MessageClasses');
const { Long } = classes('LongUtil');
const { UUID, Vector3 } = lib;

export const REGION = 'Mock Region';
const RELIABLE = 0x40;
const cstr = (s) => Buffer.from(`${s}\0`, 'utf8');

/** Height of every point of patch (px, py): flat patches, a different height for each. */
export function mockHeight(px, py) {
  return 20 + px + py * 0.25;
}

/**
 * Starts the mock on 127.0.0.1 (ephemeral ports). Options: withholdLogoutReply, silentPings,
 * onLog(line) (also called for each log line).
 * Returns { loginUri, log: string[], close() }.
 */
export async function startMockSim(options = {}) {
  const log = [];
  const note = (line) => { log.push(line); options.onLog?.(line); };
  const agents = new Map(); // circuit code -> { first, last, agentID, sessionID, address }
  const udp = createSocket('udp4');
  const ctx = { agents, udp, note, base: '' };
  const http = createServer((req, res) => serveHttp(req, res, ctx));
  await new Promise((resolve) => udp.bind(0, '127.0.0.1', resolve));
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  ctx.base = `http://127.0.0.1:${http.address().port}`;
  udp.on('message', (buf, remote) => onDatagram(buf, remote, agents, udp, note, options));
  const resender = setInterval(() => resendUnacked(udp), 100);
  return {
    loginUri: `${ctx.base}/`,
    log,
    close: () => { clearInterval(resender); http.closeAllConnections(); http.close(); udp.close(); },
  };
}

function serveHttp(req, res, { agents, udp, note, base }) {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (req.url === '/') {
      const first = /<name>first<\/name><value><string>([^<]*)</.exec(body)?.[1];
      const last = /<name>last<\/name><value><string>([^<]*)</.exec(body)?.[1];
      const code = 100000 + agents.size;
      const agent = { first, last, agentID: randomUUID(), sessionID: randomUUID() };
      agents.set(code, agent);
      note(`login ${first} ${last}`);
      res.end(loginReply(agent, code, udp.address().port, base));
    } else if (req.url.endsWith('/seed')) {
      res.end(llsd(`<map><key>EventQueueGet</key><string>${base}/eq</string>`
        + `<key>FetchInventoryDescendents2</key><string>${base}/inv</string></map>`));
    } else if (req.url === '/inv') {
      res.end(llsd('<map><key>folders</key><array><map><key>categories</key><array /><key>items</key>'
        + '<array /><key>version</key><integer>1</integer></map></array></map>'));
    } else if (req.url === '/eq' && body.includes('<key>done</key><boolean>true')) {
      res.end(llsd('<undef />'));
    } else if (req.url === '/eq') {
      req.socket.setTimeout(0); // a long poll: held until the mock closes
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
}

function llsd(inner) {
  return `<?xml version="1.0" encoding="UTF-8"?><llsd>${inner}</llsd>`;
}

function loginReply(agent, code, simPort, base) {
  const s = (k, v) => `<member><name>${k}</name><value><string>${v}</string></value></member>`;
  const i = (k, v) => `<member><name>${k}</name><value><i4>${v}</i4></value></member>`;
  const folder = (id, parent, type, name) => `<value><struct>${s('folder_id', id)}${s('parent_id', parent)}`
    + `${i('type_default', type)}${i('version', 1)}${s('name', name)}</struct></value>`;
  const root = randomUUID();
  const members = [
    s('login', 'true'), s('agent_id', agent.agentID), s('session_id', agent.sessionID),
    s('secure_session_id', randomUUID()), i('circuit_code', code), s('sim_ip', '127.0.0.1'), i('sim_port', simPort),
    s('seed_capability', `${base}/caps/${agent.agentID}/seed`), i('region_x', 256000), i('region_y', 256000),
    s('first_name', agent.first), s('last_name', agent.last), s('message', 'mock'), s('look_at', '[r1,r0,r0]'),
    s('home', "{'region_handle':[r256000,r256000], 'position':[r128,r128,r21], 'look_at':[r1,r0,r0]}"),
    `<member><name>inventory-root</name><value><array><data><value><struct>${s('folder_id', root)}`
      + '</struct></value></data></array></value></member>',
    `<member><name>inventory-skeleton</name><value><array><data>${folder(root, UUID.zero(), 8, 'My Inventory')}`
      + `${folder(randomUUID(), root, 46, 'Current Outfit')}</data></array></value></member>`,
  ];
  return `<?xml version="1.0"?><methodResponse><params><param><value><struct>${members.join('')}`
    + '</struct></value></param></params></methodResponse>';
}

// Every datagram needs a fresh sequence number, PacketAcks too: node-metaverse drops any packet
// whose number it has seen in the last 10 s.
const sequences = new Map();
// Reliable datagrams not yet acked, "peer seq" -> { bytes, port, address, at }. Resending is not
// optional: a burst of 256 LayerData overflows the bot's UDP receive buffer and some are lost.
const unacked = new Map();

function resendUnacked(udp) {
  const due = Date.now() - 300;
  for (const [key, p] of unacked.entries()) {
    if (p.at < due && ++p.tries > 10) {
      unacked.delete(key); // the bot has gone
    } else if (p.at < due) {
      p.bytes[0] |= 0x20; // the Resent flag
      p.at = Date.now();
      udp.send(p.bytes, p.port, p.address);
    }
  }
}

function onDatagram(buf, remote, agents, udp, note, options) {
  const peer = `${remote.address}:${remote.port}`;
  const send = (message, flags = RELIABLE) => {
    const out = new Packet();
    out.message = message;
    out.sequenceNumber = (sequences.get(peer) ?? 1);
    sequences.set(peer, out.sequenceNumber + 1);
    out.packetFlags = flags;
    const bytes = out.writeToBuffer(Buffer.allocUnsafe(out.getSize()), 0);
    if (flags & RELIABLE) {
      unacked.set(`${peer} ${out.sequenceNumber}`, { bytes, port: remote.port, address: remote.address, at: Date.now(), tries: 0 });
    }
    udp.send(bytes, remote.port, remote.address);
  };
  const ack = (seq) => {
    const msg = new messages.PacketAckMessage();
    msg.Packets = [{ ID: seq }];
    send(msg, 0);
  };
  const acked = (seq) => unacked.delete(`${peer} ${seq}`);
  const packet = new Packet();
  packet.readFromBuffer(buf, 0, acked, ack);
  const m = packet.message;
  if (m.name === 'PacketAck') {
    m.Packets.forEach((p) => acked(p.ID));
    return;
  }
  if (m.name === 'UseCircuitCode') {
    const agent = agents.get(m.CircuitCode.Code);
    if (agent) {
      agent.address = peer;
    }
    return;
  }
  const agent = [...agents.values()].find((a) => a.address === peer);
  if (!agent) {
    return;
  }
  const reply = REPLIES[m.name];
  if (reply && !(options.silentPings && m.name === 'StartPingCheck')) {
    reply(agent, m, send, note, options);
  }
}

const REPLIES = {
  CompleteAgentMovement(agent, m, send) {
    send(regionHandshake());
    const amc = new messages.AgentMovementCompleteMessage();
    amc.AgentData = { AgentID: new UUID(agent.agentID), SessionID: new UUID(agent.sessionID) };
    amc.Data = { Position: new Vector3([128, 128, 21]), LookAt: new Vector3([1, 0, 0]),
      RegionHandle: new Long(256000, 256000, true), Timestamp: 0 };
    amc.SimData = { ChannelVersion: cstr('mock') };
    send(amc);
    for (let px = 0; px < 16; px++) {
      for (let py = 0; py < 16; py++) {
        const layer = new messages.LayerDataMessage();
        layer.LayerID = { Type: 0x4C };
        layer.LayerData = { Data: flatPatch(px, py, mockHeight(px, py)) };
        send(layer);
      }
    }
  },
  AgentWearablesRequest(agent, m, send) {
    const msg = new messages.AgentWearablesUpdateMessage();
    msg.AgentData = { AgentID: new UUID(agent.agentID), SessionID: new UUID(agent.sessionID), SerialNum: 1 };
    msg.WearableData = [];
    send(msg);
  },
  RequestRegionInfo(agent, m, send) {
    const msg = new messages.RegionInfoMessage();
    msg.AgentData = { AgentID: new UUID(agent.agentID), SessionID: new UUID(agent.sessionID) };
    msg.RegionInfo = { SimName: cstr(REGION), EstateID: 1, ParentEstateID: 1, RegionFlags: 0, SimAccess: 13,
      MaxAgents: 40, BillableFactor: 1, ObjectBonusFactor: 1, WaterHeight: 20, TerrainRaiseLimit: 100,
      TerrainLowerLimit: -100, PricePerMeter: 1, RedirectGridX: 0, RedirectGridY: 0, UseEstateSun: true, SunHour: 0 };
    msg.RegionInfo2 = { ProductSKU: cstr(''), ProductName: cstr('Mock'), MaxAgents32: 40, HardMaxAgents: 100,
      HardMaxObjects: 15000 };
    msg.RegionInfo3 = [];
    msg.RegionInfo5 = [];
    send(msg);
  },
  MapNameRequest(agent, m, send) {
    const msg = new messages.MapBlockReplyMessage();
    msg.AgentData = { AgentID: new UUID(agent.agentID), Flags: 2 };
    msg.Data = [{ X: 1000, Y: 1000, Name: cstr(REGION), Access: 13, RegionFlags: 0, WaterHeight: 20, Agents: 0,
      MapImageID: UUID.zero() }];
    send(msg);
  },
  StartPingCheck(agent, m, send) {
    const msg = new messages.CompletePingCheckMessage();
    msg.PingID = { PingID: m.PingID.PingID };
    send(msg, 0);
  },
  LogoutRequest(agent, m, send, note, options) {
    note(`[CLIENT]: Got a logout request for ${agent.first} ${agent.last} in ${REGION}`);
    if (options.withholdLogoutReply) {
      return;
    }
    const msg = new messages.LogoutReplyMessage();
    msg.AgentData = { AgentID: new UUID(agent.agentID), SessionID: new UUID(agent.sessionID) };
    msg.InventoryData = [{ ItemID: UUID.zero() }];
    send(msg);
  },
};

function regionHandshake() {
  const msg = new messages.RegionHandshakeMessage();
  const zero = UUID.zero();
  msg.RegionInfo = { RegionFlags: 0, SimAccess: 13, SimName: cstr(REGION), SimOwner: zero, IsEstateManager: false,
    WaterHeight: 20, BillableFactor: 1, CacheID: UUID.random(), TerrainBase0: zero, TerrainBase1: zero,
    TerrainBase2: zero, TerrainBase3: zero, TerrainDetail0: zero, TerrainDetail1: zero, TerrainDetail2: zero,
    TerrainDetail3: zero, TerrainStartHeight00: 10, TerrainStartHeight01: 10, TerrainStartHeight10: 10,
    TerrainStartHeight11: 10, TerrainHeightRange00: 60, TerrainHeightRange01: 60, TerrainHeightRange10: 60,
    TerrainHeightRange11: 60 };
  msg.RegionInfo2 = { RegionID: UUID.random() };
  msg.RegionInfo3 = { CPUClassID: 1, CPURatio: 1, ColoName: cstr(''), ProductSKU: cstr(''), ProductName: cstr('Mock') };
  msg.RegionInfo4 = [];
  return msg;
}

/**
 * One flat patch in the LayerData bitstream: header, then QuantWBits 0, DCOffset h-0.5, Range 1,
 * the 10-bit patch id and an immediate end-of-block, then END_OF_PATCHES (97). Decodes to exactly h.
 */
function flatPatch(px, py, h) {
  const bits = [];
  const put = (value, count) => {
    for (let byte = 0; count > 0; byte++, count -= 8) {
      const v = (value >>> (8 * byte)) & 0xff;
      for (let b = Math.min(8, count) - 1; b >= 0; b--) {
        bits.push((v >> b) & 1);
      }
    }
  };
  const f32 = Buffer.alloc(4);
  f32.writeFloatLE(h - 0.5);
  put(264, 16); put(16, 8); put(0x4C, 8);
  put(0, 8); f32.forEach((b) => put(b, 8)); put(1, 16); put((px << 5) | py, 10);
  bits.push(1, 0);
  put(97, 8);
  const out = Buffer.alloc(Math.ceil(bits.length / 8));
  bits.forEach((bit, i) => { out[i >> 3] |= bit << (7 - (i & 7)); });
  return out;
}
