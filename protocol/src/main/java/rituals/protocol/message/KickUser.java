package rituals.protocol.message;

import static rituals.protocol.codec.Wire.IpAddr;
import static rituals.protocol.codec.Wire.IpPort;
import static rituals.protocol.codec.Wire.Var2;

import java.net.Inet4Address;
import java.util.UUID;

/** Sim to client: the agent is being thrown out (god kick, duplicate login), with a reason to show. */
public record KickUser(TargetBlock targetBlock, UserInfo userInfo) implements Message {
    /** OpenSim leaves both zero. */
    public record TargetBlock(@IpAddr Inet4Address targetIP, @IpPort int targetPort) {}

    public record UserInfo(UUID agentID, UUID sessionID, @Var2 String reason) {}
}
