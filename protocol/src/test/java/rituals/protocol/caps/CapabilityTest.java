package rituals.protocol.caps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapabilityTest {
    @Test
    void wireNamesAreTheProtocolsSpelling() {
        assertThat(Capability.EVENT_QUEUE_GET.wireName()).isEqualTo("EventQueueGet");
        assertThat(Capability.FETCH_INVENTORY_DESCENDENTS2.wireName()).isEqualTo("FetchInventoryDescendents2");
        assertThat(Capability.byWireName("SimulatorFeatures")).contains(Capability.SIMULATOR_FEATURES);
    }

    @Test
    void unknownOrMiscasedNamesAreNotCapabilities() {
        assertThat(Capability.byWireName("eventqueueget")).isEmpty();
        assertThat(Capability.byWireName("NoSuchCap")).isEmpty();
    }

    @Test
    void everyWireNameIsDistinctAndRoundTrips() {
        for (Capability c : Capability.values()) {
            assertThat(Capability.byWireName(c.wireName())).contains(c);
        }
    }
}
