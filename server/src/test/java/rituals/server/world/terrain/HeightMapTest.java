package rituals.server.world.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HeightMapTest {

    /** h = x + 1000·y: every point distinct, and linear, so bilinear interpolation is exact. */
    private static HeightMap ramp() {
        float[] h = new float[HeightMap.POINTS];
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                h[y * 256 + x] = x + 1000f * y;
            }
        }
        return new HeightMap(h);
    }

    @Test
    void gridPointsAreIndexedYTimes256PlusX() {
        HeightMap map = ramp();
        assertThat(map.height(0, 0)).isEqualTo(0f);
        assertThat(map.height(5, 0)).isEqualTo(5f);
        assertThat(map.height(0, 3)).isEqualTo(3000f);
        assertThat(map.height(255, 255)).isEqualTo(255255f);
        assertThat(map.min()).isEqualTo(0f);
        assertThat(map.max()).isEqualTo(255255f);
    }

    @Test
    void heightAtInterpolatesBilinearlyAndClampsAtTheEdges() {
        HeightMap map = ramp();
        assertThat(map.heightAt(10f, 20f)).isEqualTo(20010f);
        assertThat(map.heightAt(10.5f, 20.25f)).isCloseTo(20260.5f, within(0.01f));
        assertThat(map.heightAt(255.9f, 0f)).isEqualTo(255f);
        assertThat(map.heightAt(-3f, -3f)).isEqualTo(0f);
        assertThat(map.heightAt(300f, 300f)).isEqualTo(255255f);
        assertThat(map.heightAt(Float.NaN, 1f)).isNaN();

        float[] corners = new float[HeightMap.POINTS];
        corners[0] = 4f; // (0,0) = 4, neighbours 0: the centre of the cell gets a quarter
        assertThat(new HeightMap(corners).heightAt(0.5f, 0.5f)).isEqualTo(1f);
    }

    @Test
    void arraysAreCopiedInAndOut() {
        float[] source = new float[HeightMap.POINTS];
        HeightMap map = new HeightMap(source);
        source[0] = 99f;
        map.toArray()[1] = 99f;
        assertThat(map.height(0, 0)).isZero();
        assertThat(map.height(1, 0)).isZero();
        assertThat(map).isEqualTo(HeightMap.flat(0f)).hasSameHashCodeAs(HeightMap.flat(0f));
    }

    @Test
    void refusesWrongSizesNonFiniteHeightsAndPointsOffTheGrid() {
        assertThatThrownBy(() -> new HeightMap(new float[100])).hasMessageContaining("65536");
        float[] bad = new float[HeightMap.POINTS];
        bad[256 * 7 + 3] = Float.NaN;
        assertThatThrownBy(() -> new HeightMap(bad)).hasMessageContaining("(3, 7)");
        assertThatThrownBy(() -> HeightMap.flat(1f).height(256, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> HeightMap.flat(1f).height(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
