package rituals.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.types.Vector3;

class LoginSuccessBuilderTest {
    private static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    private static final LoginRegion REGION = LoginRegion.atGrid("127.0.0.1", 9000, 1000, 1000,
            URI.create("http://127.0.0.1:9000/CAPS/seed0000/"));

    @Test
    void startsFromOpenSimsDefaults() {
        LoginSuccess s = LoginSuccess.builder().name("Test", "User").session(AGENT, AGENT, AGENT).circuitCode(5)
                .region(REGION).inventory(LoginInventory.rootOnly(AGENT)).build();

        assertThat(s.realId()).isEqualTo(new UUID(0, 0));
        assertThat(s.lookAt()).isEqualTo(new Vector3(1, 0, 0));
        assertThat(s.home()).isEqualTo(new Home(256000, 256000, Vector3.ZERO, Vector3.ZERO));
        assertThat(s.startLocation()).isEqualTo("last");
        assertThat(s.message()).isEqualTo("Welcome to OpenSim!");
        assertThat(s.agentAccess()).isEqualTo("M");
        assertThat(s.agentAccessMax()).isEqualTo("A");
        assertThat(s.loginFlags()).isEqualTo(LoginFlags.OPENSIM_DEFAULT);
        assertThat(s.classifiedCategories()).isEqualTo(ClassifiedCategory.OPENSIM_DEFAULTS);
        assertThat(s.maxAgentGroups()).isEqualTo(42);
        assertThat(s.allowFirstLife()).isTrue();
        assertThat(s.gestures()).isEmpty();
        assertThat(s.buddyList()).isEmpty();
        assertThat(s.optionalStrings()).isEmpty();
    }

    @Test
    void toBuilderKeepsEveryField() {
        LoginSuccess s = LoginResponseTest.sample();
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.toBuilder().message("hi").build()).isEqualTo(s.toBuilder().message("hi").build())
                .isNotEqualTo(s);
    }

    @Test
    void refusesAReplyMissingWhatHasNoDefault() {
        assertThatThrownBy(() -> LoginSuccess.builder().session(AGENT, AGENT, AGENT).circuitCode(1)
                .inventory(LoginInventory.rootOnly(AGENT)).build())
                .isInstanceOf(NullPointerException.class).hasMessage("region");
        assertThatThrownBy(() -> LoginSuccess.builder().session(AGENT, AGENT, AGENT).region(REGION)
                .inventory(LoginInventory.rootOnly(AGENT)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("circuit_code");
    }
}
