package rituals.server.world;

/** The ground: the height in metres at a point of the region ({@code HeightMap::heightAt} answers it). */
@FunctionalInterface
public interface HeightField {
    float heightAt(float x, float y);

}
