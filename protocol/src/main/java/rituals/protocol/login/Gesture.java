package rituals.protocol.login;

import java.util.UUID;

/** One active gesture in {@code gestures}. */
public record Gesture(UUID itemId, UUID assetId) {
}
