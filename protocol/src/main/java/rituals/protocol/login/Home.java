package rituals.protocol.login;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rituals.protocol.llsd.LlsdNotation;
import rituals.protocol.types.Vector3;

/**
 * The agent's home, sent in the login reply as the LLSD-notation string
 * {@code {'region_handle':[r256000,r256000], 'position':[r128,r128,r20], 'look_at':[r1,r0,r0]}}.
 *
 * @param regionX the home region's world position in metres (the two halves of its region handle)
 */
public record Home(int regionX, int regionY, Vector3 position, Vector3 lookAt) {

    /** The notation string exactly as OpenSim formats it. */
    public String toNotation() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("region_handle", List.of((double) regionX, (double) regionY));
        map.put("position", LoginVectors.toList(position));
        map.put("look_at", LoginVectors.toList(lookAt));
        return LlsdNotation.write(map);
    }
}
