package rituals.protocol.terrain;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which OpenSim 0.9.2.2 sends a newly arrived avatar its region's 256 land patches, and how it groups
 * them into sends ({@code TerrainModule.CheckSendingPatchesToClients}). Each send is one call of
 * {@code LLClientView.SendLayerData}, which packs its patches into datagrams (see {@link TerrainPacker}), so a
 * datagram never mixes patches of two sends.
 *
 * <ol>
 *   <li>The patches in view: with the avatar in patch (ax, ay) = ((int)X/16, (int)Y/16) and D = (int)drawDistance/16
 *       patches, every patch with x in [ax−D, ax+D) and y in [ay−D, ay+D) (clamped to the region) whose squared
 *       patch distance {@code (x−ax)² + (y−ay)²} is below D², listed row by row and then sorted by that distance
 *       with .NET's unstable sort ({@link DotNetIntroSort}), which fixes the order of ties.</li>
 *   <li>The rest, row by row (y outer, x inner), in sends of at most 128 patches.</li>
 * </ol>
 *
 * <p>In the capture (avatar at 128, 128, viewer draw distance 128 m) the first datagram holds (7,7), (7,6), (6,7),
 * (7,8), (8,7), (6,6), (8,6), (8,8), (6,8), (7,5), (5,7), (9,7), (7,9), (5,8), (9,8), (9,6), (6,9): 193 patches in
 * view, then the other 63 in one send. OpenSim looks from the camera instead when it is more than 30 m from the avatar;
 * this class takes only the avatar's position.
 */
public final class OpenSimPatchOrder {
    /** Patches per region edge. */
    public static final int PATCHES_PER_EDGE = 16;
    /** Most patches one "send the rest" pass hands to SendLayerData. */
    public static final int MAX_PER_BACKGROUND_SEND = 128;

    private OpenSimPatchOrder() {
    }

    /** The sends, in order, each a list of patches in stream order; together they cover all 256 patches once. */
    public static List<List<PatchId>> initialSends(float avatarX, float avatarY, float drawDistance) {
        int ax = (int) avatarX / Patch.SIZE;
        int ay = (int) avatarY / Patch.SIZE;
        int reach = Math.max(0, (int) drawDistance / Patch.SIZE);
        boolean[] sent = new boolean[PATCHES_PER_EDGE * PATCHES_PER_EDGE];
        List<List<PatchId>> sends = new ArrayList<>();

        List<PatchId> inView = new ArrayList<>();
        List<Float> distances = new ArrayList<>();
        int startX = clamp(ax - reach, 0, PATCHES_PER_EDGE - 1);
        int startY = clamp(ay - reach, 0, PATCHES_PER_EDGE - 1);
        int endX = clamp(ax + reach, 0, PATCHES_PER_EDGE);
        int endY = clamp(ay + reach, 0, PATCHES_PER_EDGE);
        for (int y = startY; y < endY; y++) {
            float dy2 = (float) (y - ay) * (y - ay);
            for (int x = startX; x < endX; x++) {
                float dx2 = (float) (x - ax) * (x - ax);
                if (dx2 < reach * reach - dy2) {
                    inView.add(new PatchId(x, y));
                    distances.add(dx2 + dy2);
                    sent[y * PATCHES_PER_EDGE + x] = true;
                }
            }
        }
        if (!inView.isEmpty()) {
            PatchId[] items = inView.toArray(new PatchId[0]);
            float[] keys = new float[items.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = distances.get(i);
            }
            DotNetIntroSort.sort(items, keys);
            sends.add(List.of(items));
        }

        List<PatchId> rest = new ArrayList<>();
        for (int y = 0; y < PATCHES_PER_EDGE; y++) {
            for (int x = 0; x < PATCHES_PER_EDGE; x++) {
                if (!sent[y * PATCHES_PER_EDGE + x]) {
                    rest.add(new PatchId(x, y));
                }
            }
        }
        for (int from = 0; from < rest.size(); from += MAX_PER_BACKGROUND_SEND) {
            sends.add(List.copyOf(rest.subList(from, Math.min(rest.size(), from + MAX_PER_BACKGROUND_SEND))));
        }
        return sends;
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
