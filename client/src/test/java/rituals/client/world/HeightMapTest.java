package rituals.client.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import rituals.protocol.terrain.LayerGroup;
import rituals.protocol.terrain.LayerType;
import rituals.protocol.terrain.Patch;

class HeightMapTest {

    private static Patch ramp(int x, int y, float base) {
        float[] h = new float[Patch.POINTS];
        for (int i = 0; i < h.length; i++) {
            h[i] = base + i; // row py = i / 16, column px = i % 16
        }
        return new Patch(x, y, h);
    }

    private static LayerGroup land(Patch... patches) {
        return new LayerGroup(264, 16, LayerType.LAND, List.of(patches));
    }

    @Test
    void landPatchesLandWhereTheirCoordinatesSay() {
        HeightMap map = new HeightMap(256);
        assertThat(map.apply(land(ramp(0, 0, 10), ramp(15, 2, 100)))).isEqualTo(2);
        assertThat(map.height(0, 0)).isEqualTo(10f);
        assertThat(map.height(3, 1)).isEqualTo(10f + 16 + 3);
        assertThat(map.height(15 * 16 + 5, 2 * 16 + 7)).isEqualTo(100f + 7 * 16 + 5);
        assertThat(map.height(100, 100)).as("not arrived yet").isZero();
        assertThat(map.patchesReceived()).isEqualTo(2);
        assertThat(map.complete()).isFalse();
    }

    @Test
    void aRepeatedPatchCountsOnceAndOtherLayersAndStrayPatchesAreIgnored() {
        HeightMap map = new HeightMap(32);
        map.apply(land(ramp(1, 1, 0)));
        map.apply(land(ramp(1, 1, 5)));
        assertThat(map.apply(new LayerGroup(264, 16, LayerType.WATER, List.of(ramp(0, 0, 9))))).isZero();
        assertThat(map.apply(land(ramp(2, 0, 9)))).as("outside a 32 m region").isZero();
        assertThat(map.patchesReceived()).isEqualTo(1);
        assertThat(map.height(16, 16)).isEqualTo(5f);
    }

    @Test
    void aCopyIsASnapshotAndEveryPatchCompletesTheMap() {
        HeightMap map = new HeightMap(32);
        map.apply(land(ramp(0, 0, 1), ramp(1, 0, 2), ramp(0, 1, 3)));
        HeightMap before = map.copy();
        map.apply(land(ramp(1, 1, 4)));
        assertThat(map.complete()).isTrue();
        assertThat(before.complete()).isFalse();
        assertThat(before.height(16, 16)).isZero();
        assertThat(map.height(0, 31)).isEqualTo(3f + 15 * 16);
        assertThat(map.height(31, 31)).isEqualTo(4f + 15 * 16 + 15);
    }
}
