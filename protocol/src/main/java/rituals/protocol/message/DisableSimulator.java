package rituals.protocol.message;

/** Sim to client: the circuit is closing (OpenSim sends it when it drops a silent client after its ack timeout). */
public record DisableSimulator() implements Message {}
