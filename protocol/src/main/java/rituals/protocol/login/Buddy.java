package rituals.protocol.login;

import java.util.UUID;

/** One friend in {@code buddy-list}; the rights are permission bit masks. */
public record Buddy(UUID buddyId, int rightsGiven, int rightsHas) {
}
