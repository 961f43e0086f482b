package rituals.client.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rituals.client.testing.Captures;
import rituals.protocol.message.Messages;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.udp.PacketCodec;

class SceneObjectsTest {
    @Test
    void readsOpenSimsAvatarUpdate() {
        ObjectUpdate update = (ObjectUpdate) new PacketCodec(Messages.CATALOG)
                .decode(Captures.datagram("ObjectUpdate--opensim--ZR")).message();
        SceneObjects objects = new SceneObjects();
        assertThat(objects.apply(update)).isEqualTo(1);
        SceneObject avatar = objects.list().get(0);
        assertThat(avatar.isAvatar()).isTrue();
        assertThat(avatar.name()).isEqualTo("Test User");
        assertThat(avatar.position()).isNotNull();
        assertThat(avatar.position().x()).isBetween(0f, 256f);
        assertThat(avatar.position().y()).isBetween(0f, 256f);
        // a second update of the same object replaces it
        objects.apply(update);
        assertThat(objects.size()).isEqualTo(1);
    }
}
