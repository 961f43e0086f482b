package rituals.protocol.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenSimPatchOrderTest {
    /** Where the captured avatar stood (AgentMovementComplete); the libomv client's draw distance (AgentUpdate Far). */
    private static final float AVATAR_X = 127.9988f;
    private static final float AVATAR_Y = 127.9990f;
    private static final float DRAW_DISTANCE = 128f;

    @Test
    void firstPatchesAreThoseOfOpenSimsFirstDatagramInTheSameOrder() {
        List<List<PatchId>> sends = OpenSimPatchOrder.initialSends(AVATAR_X, AVATAR_Y, DRAW_DISTANCE);

        assertThat(sends.get(0).subList(0, LayerDataCaptureTest.FIRST_LAND_PATCHES.size()))
                .containsExactlyElementsOf(LayerDataCaptureTest.FIRST_LAND_PATCHES);
    }

    @Test
    void viewCircleFirstThenTheRestRowByRow() {
        List<List<PatchId>> sends = OpenSimPatchOrder.initialSends(AVATAR_X, AVATAR_Y, DRAW_DISTANCE);

        // squared patch distance from (7,7) below 64, inside [0,15)²: 193 patches; the other 63 in one send
        assertThat(sends).extracting(List::size).containsExactly(193, 63);
        int previous = -1;
        for (PatchId id : sends.get(0)) {
            int d2 = (id.x() - 7) * (id.x() - 7) + (id.y() - 7) * (id.y() - 7);
            assertThat(d2).isLessThan(64).isGreaterThanOrEqualTo(previous);
            previous = d2;
        }
        assertThat(sends.get(1).get(0)).isEqualTo(new PatchId(0, 0));
        assertThat(sends.get(1).get(sends.get(1).size() - 1)).isEqualTo(new PatchId(15, 15));
        assertCoversRegionOnce(sends);
    }

    @Test
    void withNoDrawDistanceEverythingGoesRowByRowInSendsOf128() {
        List<List<PatchId>> sends = OpenSimPatchOrder.initialSends(AVATAR_X, AVATAR_Y, 0f);

        assertThat(sends).extracting(List::size).containsExactly(128, 128);
        assertThat(sends.get(0).get(1)).isEqualTo(new PatchId(1, 0));
        assertCoversRegionOnce(sends);
    }

    @Test
    void avatarOutsideTheRegionStillGetsEveryPatch() {
        assertCoversRegionOnce(OpenSimPatchOrder.initialSends(-500f, 900f, 64f));
        assertCoversRegionOnce(OpenSimPatchOrder.initialSends(255.9f, 0f, 1024f));
    }

    private static void assertCoversRegionOnce(List<List<PatchId>> sends) {
        Set<PatchId> seen = new HashSet<>();
        int total = 0;
        for (List<PatchId> send : sends) {
            seen.addAll(send);
            total += send.size();
        }
        assertThat(total).isEqualTo(256);
        assertThat(seen).hasSize(256);
    }
}
