package rituals.protocol.message;

/** Client to sim: closes the circuit on logout (libomv sends it with sequence 0); OpenSim ignores it. */
public record CloseCircuit() implements Message {}
