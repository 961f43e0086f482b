package rituals.client.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.Messages;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.testing.Captures;
import rituals.protocol.udp.PacketCodec;

class SceneObjectsTest {
    @Test
    void readsOpenSimsAvatarUpdate() {
        PacketCodec codec = new PacketCodec(Messages.CATALOG);
        ObjectUpdate update = (ObjectUpdate) codec.decode(Captures.datagram("ObjectUpdate--opensim--ZR")).message();
        AgentMovementComplete arrival = (AgentMovementComplete) codec
                .decode(Captures.datagram("AgentMovementComplete--opensim--R")).message();
        SceneObjects objects = new SceneObjects();
        assertThat(objects.apply(update)).isEqualTo(1);
        SceneObject avatar = objects.list().get(0);
        assertThat(avatar.isAvatar()).isTrue();
        assertThat(avatar.name()).isEqualTo("Test User");
        // the same session placed the avatar there; the collision plane before it reads (0, 0, 0)
        assertThat(avatar.position()).isEqualTo(arrival.data().position());
        // a second update of the same object replaces it
        objects.apply(update);
        assertThat(objects.size()).isEqualTo(1);
    }
}
