package rituals.app;

import rituals.client.Credentials;
import rituals.server.config.ServerConfig;
import rituals.trace.Channel;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * The SETTINGS events each runner emits before anything else (docs/EVENTS.md): who performed and the settings that
 * shape the ritual, for the narrative's Prologue.
 */
final class Settings {
    static final String SERVER_NAME = "Rituals venue " + VersionProvider.version() + " (OpenSim-compatible)";
    static final String CLIENT_NAME = "Rituals suitor " + VersionProvider.version() + " (LibreMetaverse behaviour)";

    private Settings() {}

    static void server(Probe probe, ServerConfig config) {
        if (probe.on()) {
            probe.emit(Channel.CIRCUIT, Verb.SETTINGS, "", -1, "Server", SERVER_NAME,
                    "AckTimeout", config.ackTimeout().toMillis(),
                    "CircuitExpiry", config.circuitExpiry().toMillis(),
                    "EventQueueHold", config.eventQueueHold().toMillis());
        }
    }

    static void client(Probe probe, String scenario, Credentials who) {
        if (probe.on()) {
            probe.emit(Channel.LOGIN, Verb.SETTINGS, "", -1, "Client", CLIENT_NAME, "Scenario", scenario,
                    "LoginFormat", who.format().label(), "URI", who.loginUri());
        }
    }
}
