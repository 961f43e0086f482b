package rituals.client;

import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * The simulators one agent is connected to, one of them the root (where the agent stands; the others would hold
 * child agents, as EnableSimulator opens them). The suitor routes each datagram by its source endpoint to the
 * simulator with that endpoint. An agent has one simulator almost always, so this is a bare array, not a map: a crowd
 * keeps thousands of these. Loop-owned.
 */
final class Simulators {
    private static final Simulator[] NONE = new Simulator[0];

    private Simulator root;
    private Simulator[] all = NONE;

    /** The simulator the agent stands in, or null before the circuit opens. */
    Simulator root() {
        return root;
    }

    /** Every simulator, the root first. */
    Simulator[] all() {
        return all;
    }

    boolean isEmpty() {
        return all.length == 0;
    }

    /** Adds a simulator; the first one added is the root. @throws IllegalStateException for a second at one endpoint */
    void add(Simulator simulator) {
        if (at(simulator.endpoint) != null) {
            throw new IllegalStateException("already connected to a simulator at " + simulator.endpoint);
        }
        all = Arrays.copyOf(all, all.length + 1);
        all[all.length - 1] = simulator;
        if (root == null) {
            root = simulator;
        }
    }

    /** Drops a simulator that is not the root (the root leaves only with the whole session). */
    void remove(Simulator simulator) {
        if (simulator == root) {
            throw new IllegalStateException("the root simulator leaves only with the session");
        }
        for (int i = 0; i < all.length; i++) {
            if (all[i] == simulator) {
                Simulator[] fewer = new Simulator[all.length - 1];
                System.arraycopy(all, 0, fewer, 0, i);
                System.arraycopy(all, i + 1, fewer, i, all.length - i - 1);
                all = fewer;
                return;
            }
        }
    }

    /**
     * The simulator at {@code endpoint}, or null. The receive thread hands over the very endpoint object the socket
     * admitted, so the usual case is an identity match.
     */
    Simulator at(InetSocketAddress endpoint) {
        for (Simulator s : all) {
            if (s.endpoint == endpoint) {
                return s;
            }
        }
        for (Simulator s : all) {
            if (s.endpoint.equals(endpoint)) {
                return s;
            }
        }
        return null;
    }
}
