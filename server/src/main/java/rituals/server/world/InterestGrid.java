package rituals.server.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rituals.protocol.types.Vector3;

/**
 * Avatars bucketed by 32-metre cell, so that "who is near me" looks at a few cells and stops at a cap instead of
 * scanning everyone: n arrivals cost n × cap, not n².
 */
final class InterestGrid {
    static final float CELL = 32f;

    private final Map<Long, Set<Avatar>> cells = new HashMap<>();

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xFFFFFFFFL);
    }

    private static int cell(float v) {
        return (int) Math.floor(v / CELL);
    }

    void add(Avatar a) {
        cells.computeIfAbsent(key(cell(a.position().x()), cell(a.position().y())), k -> new LinkedHashSet<>()).add(a);
    }

    void remove(Avatar a) {
        long k = key(cell(a.position().x()), cell(a.position().y()));
        Set<Avatar> s = cells.get(k);
        if (s != null) {
            s.remove(a);
            if (s.isEmpty()) {
                cells.remove(k);
            }
        }
    }

    /**
     * Up to {@code cap} avatars other than {@code who} within {@code radius}, looking ring by ring outwards from
     * its cell; the nearest rings fill the list first.
     */
    List<Avatar> near(Avatar who, float radius, int cap) {
        List<Avatar> out = new ArrayList<>(Math.min(cap, 64));
        Vector3 p = who.position();
        int cx = cell(p.x());
        int cy = cell(p.y());
        int rings = (int) Math.ceil(radius / CELL);
        for (int r = 0; r <= rings && out.size() < cap; r++) {
            for (int dx = -r; dx <= r && out.size() < cap; dx++) {
                for (int dy = -r; dy <= r && out.size() < cap; dy++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != r) {
                        continue; // inner rings were visited already
                    }
                    Set<Avatar> s = cells.get(key(cx + dx, cy + dy));
                    if (s == null) {
                        continue;
                    }
                    for (Avatar a : s) {
                        if (a != who && a.position().distance(p) <= radius) {
                            out.add(a);
                            if (out.size() >= cap) {
                                break;
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
