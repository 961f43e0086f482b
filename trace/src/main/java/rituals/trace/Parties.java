package rituals.trace;

/**
 * Who a junction speaks for, and to whom, decided once when an event is recorded so that no renderer has to guess
 * direction from a verb. The server's login service, capabilities and regions are separate parties; the client talks
 * to each of them on its own channel.
 */
final class Parties {
    private Parties() {}

    /** The party a probe on {@code side} speaks for on {@code channel}. */
    static Party self(Side side, Channel channel, Scope scope) {
        switch (side) {
            case CLIENT:
                return Party.CLIENT;
            case OBSERVER:
                return Party.OBSERVER;
            default:
                return service(channel, scope);
        }
    }

    /** The party on the other end of {@code channel}, seen from {@code side}. */
    static Party peer(Side side, Channel channel, Scope scope) {
        switch (side) {
            case SERVER:
                return Party.CLIENT;
            case CLIENT:
                return service(channel, scope);
            default:
                return Party.OBSERVER;
        }
    }

    private static Party service(Channel channel, Scope scope) {
        switch (channel) {
            case LOGIN:
                return Party.LOGIN;
            case CAPS:
                return Party.CAPS;
            default:
                return Party.region(scope.region());
        }
    }
}
