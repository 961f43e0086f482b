package rituals.server.region;

/**
 * A provisioned circuit awaiting its UseCircuitCode.
 *
 * @param provisionedNanos when login provisioned it (for the expiry)
 */
record PendingCircuit(Provision provision, String firstName, String lastName, String loginIp,
        long provisionedNanos) {

    String name() {
        return firstName + " " + lastName;
    }
}
