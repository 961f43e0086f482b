package rituals.client.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.DisableSimulator;
import rituals.protocol.message.KickUser;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.LogoutReply;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.Message;
import rituals.protocol.message.Messages;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.StartPingCheck;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.terrain.LayerBlob;
import rituals.protocol.terrain.LayerDataCodec;
import rituals.protocol.terrain.LayerType;
import rituals.protocol.terrain.Patch;
import rituals.protocol.terrain.PatchId;
import rituals.protocol.terrain.TerrainPacker;
import rituals.protocol.testing.Captures;
import rituals.protocol.types.Bytes;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;

/**
 * A fake sim on 127.0.0.1 for client tests, built from the shared packet codec and OpenSim's own datagrams: acks
 * UseCircuitCode at once (before validating, as OpenSim), answers a valid CompleteAgentMovement with the captured
 * RegionHandshake and AgentMovementComplete, the whole terrain and the captured avatar ObjectUpdate, answers
 * LogoutRequest, pings every {@code pingMillis}, and drops a circuit silent for {@code silenceMillis} with
 * DisableSimulator. It records everything the client sent.
 */
public final class FakeSim implements AutoCloseable {
    public static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    public static final UUID SESSION = UUID.fromString("50e7c694-ed35-4494-9d23-63ae32336981");
    public static final long CIRCUIT = 1082984734L;

    private final PacketCodec codec = new PacketCodec(Messages.CATALOG);
    private final DatagramSocket socket;
    private final Thread thread;
    private final float[] heights;
    public final List<Packet> received = new CopyOnWriteArrayList<>();
    public volatile long silenceMillis = Long.MAX_VALUE;
    public volatile long pingMillis = 300;
    public volatile String kickReason;
    /** Send the land as extended land (0x4D, what a region larger than 256 m sends), 8 patches to a datagram. */
    public volatile boolean extendedLand;
    public volatile boolean disabled;
    private volatile boolean running = true;
    private volatile SocketAddress client;
    private boolean valid;
    private int sequence = 1;
    private long lastHeardNanos;
    private long lastPingNanos;

    public FakeSim() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(20);
        heights = new float[256 * 256];
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                heights[y * 256 + x] = 20 + 8 * (float) Math.sin(x / 23.0) * (float) Math.cos(y / 31.0) + y / 64f;
            }
        }
        thread = new Thread(this::run, "fake-sim");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The client's endpoint, as its UseCircuitCode came from; null before. */
    public SocketAddress client() {
        return client;
    }

    /** The height map the sim sends, {@code [y*256 + x]}. */
    public float[] heights() {
        return heights.clone();
    }

    /** The messages the client sent, of one type, in order. */
    public <T extends Message> List<T> sent(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Packet p : received) {
            if (type.isInstance(p.message())) {
                out.add(type.cast(p.message()));
            }
        }
        return out;
    }

    /**
     * Waits until the client's datagrams include a {@code type} (the client may finish its scenario before this
     * thread has read its last datagram), up to {@code timeoutMillis}; returns whether one came.
     */
    public synchronized boolean awaitSent(Class<? extends Message> type, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (sent(type).isEmpty()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    private void run() {
        byte[] buffer = new byte[2048];
        while (running) {
            DatagramPacket d = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(d);
                heard(d.getSocketAddress(), codec.decode(java.util.Arrays.copyOf(d.getData(), d.getLength())));
            } catch (SocketTimeoutException e) {
                // fall through to the timers
            } catch (IOException e) {
                return;
            }
            timers();
        }
    }

    private void heard(SocketAddress from, Packet p) throws IOException {
        received.add(p);
        synchronized (this) {
            notifyAll();
        }
        lastHeardNanos = System.nanoTime();
        Message m = p.message();
        if (m instanceof UseCircuitCode u) {
            client = from;
            send(Packet.of(0, PacketAck.of(List.of(p.sequence())), false, false)); // before validating, as OpenSim
            valid = u.circuitCode().code() == CIRCUIT && u.circuitCode().sessionID().equals(SESSION);
            return;
        }
        if (!valid || !from.equals(client)) {
            return; // OpenSim drops what comes from an endpoint without a circuit
        }
        if (p.reliable()) {
            send(Packet.of(0, PacketAck.of(List.of(p.sequence())), false, false));
        }
        if (m instanceof CompleteAgentMovement) {
            arrive();
        } else if (m instanceof LogoutRequest) {
            reliable(new LogoutReply(new rituals.protocol.message.AgentData(AGENT, SESSION),
                    List.of(new LogoutReply.InventoryData(new UUID(0, 0)))));
            valid = false;
        }
    }

    private void arrive() throws IOException {
        reliable(capture("RegionHandshake--opensim--ZR", RegionHandshake.class));
        reliable(capture("AgentMovementComplete--opensim--R", AgentMovementComplete.class));
        List<PatchId> all = new ArrayList<>();
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                all.add(new PatchId(x, y));
            }
        }
        if (extendedLand) {
            for (int from = 0; from < all.size(); from += 8) {
                List<Patch> patches = new ArrayList<>();
                for (PatchId id : all.subList(from, from + 8)) {
                    float[] values = new float[Patch.POINTS];
                    for (int py = 0; py < Patch.SIZE; py++) {
                        for (int px = 0; px < Patch.SIZE; px++) {
                            values[py * Patch.SIZE + px] = heights[(id.y() * Patch.SIZE + py) * 256
                                    + id.x() * Patch.SIZE + px];
                        }
                    }
                    patches.add(new Patch(id.x(), id.y(), values));
                }
                reliable(LayerData.of(LayerType.LAND_EXTENDED.code(),
                        Bytes.wrap(LayerDataCodec.encode(LayerType.LAND_EXTENDED, patches))));
            }
        } else {
            for (LayerBlob blob : TerrainPacker.pack(heights, all)) {
                reliable(LayerData.of(LayerData.LAND, Bytes.wrap(blob.data())));
            }
        }
        reliable(codec.decode(Captures.datagram("ObjectUpdate--opensim--ZR")).message());
        if (kickReason != null) {
            reliable(new KickUser(new KickUser.TargetBlock((java.net.Inet4Address) InetAddress.getByName("0.0.0.0"), 0),
                    new KickUser.UserInfo(AGENT, SESSION, kickReason)));
            valid = false;
        }
    }

    private <T extends Message> T capture(String name, Class<T> type) {
        return type.cast(codec.decode(Captures.datagram(name)).message());
    }

    private void timers() {
        if (!valid || client == null) {
            return;
        }
        long now = System.nanoTime();
        try {
            if ((now - lastHeardNanos) / 1_000_000L > silenceMillis) {
                reliable(new DisableSimulator());
                disabled = true;
                valid = false;
            } else if ((now - lastPingNanos) / 1_000_000L >= pingMillis) {
                lastPingNanos = now;
                send(Packet.of(sequence++, StartPingCheck.of(sequence & 0xFF, 0), false, false));
            }
        } catch (IOException e) {
            running = false;
        }
    }

    private void reliable(Message m) throws IOException {
        send(Packet.of(sequence++, m, true, Messages.CATALOG.info(m.getClass()).zerocoded()));
    }

    private void send(Packet p) throws IOException {
        byte[] d = codec.encode(p);
        socket.send(new DatagramPacket(d, d.length, client));
    }

    @Override
    public void close() {
        running = false;
        socket.close();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
