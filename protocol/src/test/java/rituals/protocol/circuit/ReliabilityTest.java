package rituals.protocol.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReliabilityTest {
    private static final long MS = 1_000_000L;

    @Test
    void sequencesStartWhereTheSideStarts() {
        Reliability r = new Reliability(ReliabilitySettings.SERVER, 1);
        assertThat(r.nextSequence()).isEqualTo(1);
        assertThat(r.nextSequence()).isEqualTo(2);
    }

    @Test
    void unackedPacketsAreResentAfterTheRtoWithTheResentFlagAndTheSameSequence() {
        Reliability r = new Reliability(ReliabilitySettings.SERVER, 1);
        r.sentReliable(7, new byte[] {0x40, 0, 0, 0, 7, 0, 1}, "Test", 0);
        assertThat(r.due(999 * MS)).isEmpty();
        var due = r.due(1000 * MS);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).sequence()).isEqualTo(7);
        assertThat(due.get(0).datagram()[0]).isEqualTo((byte) 0x60);
        assertThat(r.due(1500 * MS)).as("the next resend waits a whole RTO again").isEmpty();
        assertThat(r.acked(7)).isTrue();
        assertThat(r.due(10_000 * MS)).isEmpty();
        assertThat(r.resends()).isEqualTo(1);
    }

    @Test
    void theRtoFollowsPingsButNeverUndercutsThePeersAckCadence() {
        Reliability r = new Reliability(ReliabilitySettings.SERVER, 1);
        for (int i = 0; i < 20; i++) {
            r.rttSample(1 * MS); // loopback: OpenSim would resend after 250 ms
        }
        assertThat(r.rtoMillis()).isEqualTo(250);
        r.sentReliable(1, new byte[] {0x40, 0, 0, 0, 1, 0, 1}, "Test", 0);
        assertThat(r.due(500 * MS)).as("LibreMetaverse flushes acks every 500 ms").isEmpty();
        assertThat(r.due(750 * MS)).hasSize(1);
        for (int i = 0; i < 50; i++) {
            r.rttSample(2000 * MS);
        }
        assertThat(r.rtoMillis()).isEqualTo(3000);
    }

    @Test
    void duplicatesAreAckedButNotDeliveredTwice() {
        Reliability r = new Reliability(ReliabilitySettings.SERVER, 1);
        assertThat(r.received(5, true)).isTrue();
        assertThat(r.received(5, true)).isFalse();
        assertThat(r.drainAcks(255)).containsExactly(5, 5);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.received(5, false)).as("unreliable packets are not tracked").isTrue();
    }

    @Test
    void theDuplicateWindowForgetsOldSequences() {
        Reliability r = new Reliability(new ReliabilitySettings(1000, 250, 3000, 750, -1, 4, 1000, 1024), 1);
        for (int s = 1; s <= 5; s++) {
            r.received(s, true);
        }
        assertThat(r.received(1, true)).isTrue();
        assertThat(r.received(5, true)).isFalse();
    }

    @Test
    void aClientGivesUpAfterItsResendLimit() {
        Reliability r = new Reliability(ReliabilitySettings.CLIENT, 1);
        r.sentReliable(1, new byte[] {0x40, 0, 0, 0, 1, 0, 1}, "Test", 0);
        long t = 0;
        int resent = 0;
        for (int i = 0; i < 5; i++) {
            t += 4000 * MS;
            resent += r.due(t).size();
        }
        assertThat(resent).isEqualTo(3);
        assertThat(r.givenUp()).isEqualTo(1);
        assertThat(r.oldestUnacked()).isZero();
    }

    @Test
    void oldestUnackedIsTheFirstStillInFlight() {
        Reliability r = new Reliability(ReliabilitySettings.SERVER, 1);
        r.sentReliable(3, new byte[7], "Test", 0);
        r.sentReliable(4, new byte[7], "Test", 0);
        r.acked(3);
        assertThat(r.oldestUnacked()).isEqualTo(4);
    }

    @Test
    void sequencesWrapAsUnsigned32BitValuesAndNeverReuseZero() {
        Reliability r = new Reliability(ReliabilitySettings.SERVER, 0xFFFFFFFE);
        assertThat(Integer.toUnsignedString(r.nextSequence())).isEqualTo("4294967294");
        assertThat(Integer.toUnsignedString(r.nextSequence())).isEqualTo("4294967295");
        assertThat(r.nextSequence()).as("0 is the out-of-circuit ack's and 'nothing in flight'").isEqualTo(1);
    }

    @Test
    void theServerBacksOffEachResendExponentiallyAndGivesUpAfterAMinute() {
        Reliability r = new Reliability(ReliabilitySettings.SERVER, 1);
        r.sentReliable(1, new byte[] {0x40, 0, 0, 0, 1, 0, 1}, "Test", 0);
        java.util.List<Long> resentAt = new java.util.ArrayList<>();
        for (long t = 0; t <= 120_000; t += 100) {
            if (!r.due(t * MS).isEmpty()) {
                resentAt.add(t);
            }
        }
        assertThat(resentAt).containsExactly(1000L, 3000L, 7000L, 15_000L, 31_000L, 47_000L);
        assertThat(r.givenUp()).isEqualTo(1);
        assertThat(r.oldestUnacked()).isZero();
    }

    @Test
    void aPeerThatNeverAcksCannotGrowWhatIsInFlightPastTheBound() {
        Reliability r = new Reliability(new ReliabilitySettings(1000, 250, 3000, 750, -1, 4, 1000, 3), 1);
        for (int s = 1; s <= 5; s++) {
            r.sentReliable(s, new byte[7], "Test", 0);
        }
        assertThat(r.oldestUnacked()).isEqualTo(3);
        assertThat(r.givenUp()).isEqualTo(2);
        assertThat(r.acked(2)).isFalse();
    }
}
