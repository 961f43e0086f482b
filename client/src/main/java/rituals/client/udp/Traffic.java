package rituals.client.udp;

import java.util.concurrent.atomic.LongAdder;

/**
 * Datagrams through every socket of one {@link UdpReceiver}: what a crowd's progress line and report count. Sends
 * happen on the loop thread and receives on the receive thread, so the counters are adders, read from anywhere.
 */
public final class Traffic {
    private final LongAdder sent = new LongAdder();
    private final LongAdder received = new LongAdder();
    private final LongAdder resent = new LongAdder();

    void sent() {
        sent.increment();
    }

    void received() {
        received.increment();
    }

    void resent() {
        resent.increment();
    }

    /** Datagrams sent, resends included. */
    public long datagramsSent() {
        return sent.sum();
    }

    public long datagramsReceived() {
        return received.sum();
    }

    /** Reliable datagrams sent again because no ack came in time. */
    public long resends() {
        return resent.sum();
    }
}
