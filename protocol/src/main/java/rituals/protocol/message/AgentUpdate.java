package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U8;

import java.util.UUID;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;

/** Client to sim: the agent's heartbeat (camera, rotation, control flags), sent several times a second. */
public record AgentUpdate(AgentData agentData) implements Message {

    public record AgentData(
            UUID agentID,
            UUID sessionID,
            Quaternion bodyRotation,
            Quaternion headRotation,
            @U8 int state,
            Vector3 cameraCenter,
            Vector3 cameraAtAxis,
            Vector3 cameraLeftAxis,
            Vector3 cameraUpAxis,
            float far,
            @U32 long controlFlags,
            @U8 int flags) {}
}
