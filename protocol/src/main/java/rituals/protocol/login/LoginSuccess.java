package rituals.protocol.login;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.types.Vector3;

/**
 * A successful login reply: every success field OpenSim 0.9.2.2 sends. Build one with
 * {@link #builder()}, which names each field and starts from OpenSim's defaults, rather than through the canonical
 * constructor.
 *
 * <p>{@link #toXmlRpcStruct()} uses the XML-RPC types older clients insist on: numbers as {@code <int>}, {@code login}
 * as the string "true", UUIDs as hyphenated strings, {@code look_at} and {@code home} as LLSD-notation strings, flags
 * as "Y"/"N". {@link #toLlsdMap()} uses LLSD uuid and integer types and omits what OpenSim's LLSD reply omits:
 * region_size_x/y, http_port, event_notifications, destination_guide_url, avatar_picker_url and currency.
 *
 * @param realId OpenSim sends the nil UUID; null omits the key
 * @param circuitCode non-negative, random per login; the client echoes it in UseCircuitCode
 * @param lookAt the direction the avatar faces on arrival
 * @param startLocation "home", "last", "safe" or "url"
 * @param secondsSinceEpoch the server's UTC clock, from the injected clock
 * @param agentAccess maturity rating "PG", "M" or "A"
 * @param allowFirstLife the {@code ui-config} flag
 * @param optionalStrings extra string keys written only when present: search, map-server-url, profile-server-url,
 *     destination_guide_url, avatar_picker_url, openid_url, openid_token, currency, classified_fee
 */
public record LoginSuccess(
        String firstName,
        String lastName,
        UUID agentId,
        UUID sessionId,
        UUID secureSessionId,
        UUID realId,
        int circuitCode,
        LoginRegion region,
        Vector3 lookAt,
        Home home,
        String startLocation,
        String message,
        long secondsSinceEpoch,
        String agentAccess,
        String agentAccessMax,
        LoginFlags loginFlags,
        GlobalTextures globalTextures,
        LoginInventory inventory,
        List<Gesture> gestures,
        InitialOutfit initialOutfit,
        List<ClassifiedCategory> classifiedCategories,
        boolean allowFirstLife,
        int maxAgentGroups,
        List<Buddy> buddyList,
        Map<String, String> optionalStrings) implements LoginResponse {

    /** OpenSim's default facing: east. */
    public static final Vector3 DEFAULT_LOOK_AT = new Vector3(1, 0, 0);

    public LoginSuccess {
        if (circuitCode < 0) {
            throw new IllegalArgumentException("circuit_code must be non-negative: " + circuitCode);
        }
        gestures = List.copyOf(gestures);
        classifiedCategories = List.copyOf(classifiedCategories);
        buddyList = List.copyOf(buddyList);
        optionalStrings = Collections.unmodifiableMap(new LinkedHashMap<>(optionalStrings));
    }

    /** A builder starting from OpenSim's defaults; see {@link LoginSuccessBuilder}. */
    public static LoginSuccessBuilder builder() {
        return new LoginSuccessBuilder();
    }

    /** A builder holding this reply's fields, to change a few. */
    public LoginSuccessBuilder toBuilder() {
        return LoginSuccessBuilder.from(this);
    }

    @Override
    public Map<String, Object> toXmlRpcStruct() {
        return new LoginSuccessWriter(false).write(this);
    }

    @Override
    public Map<String, Object> toLlsdMap() {
        return new LoginSuccessWriter(true).write(this);
    }

    /** The region handle LMV builds from region_x/y: {@code (x << 32) | y}, both in metres. */
    public long regionHandle() {
        return (Integer.toUnsignedLong(region.regionX()) << 32) | Integer.toUnsignedLong(region.regionY());
    }
}
