package rituals.server.world.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IslandGeneratorTest {
    private static final float WATER = IslandGenerator.WATER_HEIGHT;

    @Test
    void sameSeedSameIslandOtherSeedOtherIsland() {
        assertThat(IslandGenerator.generate(42)).isEqualTo(IslandGenerator.generate(42));
        assertThat(IslandGenerator.generate(42)).isNotEqualTo(IslandGenerator.generate(43));
    }

    /**
     * For any seed: the centre is dry land at 22–30 m; every point on the region's edge is under water; between 15%
     * and 50% of the region is land; there is a beach (at least 2,000 points within a metre above the water); a hill
     * top of at least 28 m stands at least 25 m from the centre; the sea floor stays above 0 m; and no step between
     * neighbouring points exceeds 1.5 m.
     */
    @Property(tries = 25)
    void everyIslandIsPleasant(@ForAll long seed) {
        HeightMap map = IslandGenerator.generate(seed);

        float centre = map.heightAt(128f, 128f);
        assertThat(centre).isBetween(22f, 30f);
        assertThat(map.min()).isGreaterThan(0f);
        int land = 0;
        int beach = 0;
        float edgeMax = Float.NEGATIVE_INFINITY;
        float steepest = 0;
        boolean hillTop = false;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                float h = map.height(x, y);
                if (h > WATER) {
                    land++;
                    if (h <= WATER + 1f) {
                        beach++;
                    }
                }
                if (h >= 28f && Math.hypot(x - 128, y - 128) >= 25) {
                    hillTop = true;
                }
                if (x == 0 || y == 0 || x == 255 || y == 255) {
                    edgeMax = Math.max(edgeMax, h);
                }
                if (x < 255) {
                    steepest = Math.max(steepest, Math.abs(map.height(x + 1, y) - h));
                }
                if (y < 255) {
                    steepest = Math.max(steepest, Math.abs(map.height(x, y + 1) - h));
                }
            }
        }
        assertThat(edgeMax).isLessThan(WATER);
        assertThat(steepest).isLessThan(1.5f);
        assertThat(hillTop).as("a hill top of 28 m or more away from the centre").isTrue();
        assertThat(land).isBetween(HeightMap.POINTS * 15 / 100, HeightMap.POINTS / 2);
        assertThat(beach).isGreaterThanOrEqualTo(2000);
    }
}
