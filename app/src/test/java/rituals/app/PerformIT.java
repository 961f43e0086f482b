package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import rituals.client.login.LoginFormat;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;
import rituals.trace.io.JsonLines;
import rituals.trace.io.RitualFiles;
import rituals.trace.narrative.Edition;

/**
 * Real performances: venue and suitor on loopback, both sides recorded. Checks the shape of each scenario's document
 * (not its timing values) and that the narrative and the JSON Lines tell the same timeline.
 */
class PerformIT {
    private static final Pattern LINE = Pattern.compile("^1\\.  \\*\\*\\[(SERVER|CLIENT)] \\[([A-Z]+)] ([^*]+)\\*\\*: .+");

    @TempDir
    Path dir;

    private static String written(Path dir, String scenario, String edition) throws Exception {
        Performance.Outcome outcome = Performance.perform(scenario, LoginFormat.XMLRPC);
        assertThat(outcome.result().met()).as(outcome.result().verdict().observed()).isTrue();
        RitualFiles.write(dir, scenario, VersionProvider.traceHeader(outcome.startedEpochMillis(), "PerformIT"),
                outcome.timeline(), Edition.choose(edition, scenario));
        return Files.readString(dir.resolve(scenario + ".md"));
    }

    /** The numbered lines' headings, "[SIDE] [CHANNEL] EVENT", in document order. */
    private static List<String> headings(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                out.add("[" + m.group(1) + "] [" + m.group(2) + "] " + m.group(3));
            }
        }
        return out;
    }

    /** The seeds' arrival, login to CONNECTED, as headings in order, followed by {@code then}. */
    private static List<String> arrivalThen(String... then) {
        List<String> out = new ArrayList<>(List.of(
                "[CLIENT] [LOGIN] START",
                "[SERVER] [LOGIN] RECV XML-RPC login_to_simulator",
                "[SERVER] [LOGIN] AUTH SUCCESS",
                "[SERVER] [LOGIN] CIRCUIT PROVISION",
                "[SERVER] [LOGIN] SEND XML-RPC Response",
                "[CLIENT] [LOGIN] PROGRESS ConnectingToSim",
                "[SERVER] [UDP] RECV UseCircuitCode",
                "[SERVER] [UDP] SEND RegionHandshake",
                "[SERVER] [UDP] SEND AgentMovementComplete",
                "[CLIENT] [UDP] CONNECTED"));
        out.addAll(List.of(then));
        return out;
    }

    private static void assertShape(String md) {
        assertThat(md).startsWith("# OpenSim Client/Server Mating Rituals");
        int prologue = md.indexOf("## Prologue");
        int[] parts = {md.indexOf("## Part I:"), md.indexOf("## Part II:"), md.indexOf("## Part III:"),
            md.indexOf("## Part IV:"), md.indexOf("## Part V:")};
        assertThat(prologue).isPositive();
        int last = prologue;
        for (int p : parts) {
            assertThat(p).as("every part, in order").isGreaterThan(last);
            last = p;
        }
        assertThat(md).contains("- **Server**: Rituals venue", "- **Client**: Rituals suitor", "- **Scenario**: `",
                "shortened for this performance");
        assertThat(md.strip()).endsWith("*");
        assertThat(md).contains("\n---\n");
    }

    @Test
    void theWallflowersDanceHoldsSeed000sEventsInOrder() throws Exception {
        String md = written(dir, "wallflower", "themed");
        assertShape(md);
        assertThat(headings(md)).containsSubsequence(arrivalThen(
                "[CLIENT] [BEHAVIOR] WALLFLOWER",
                "[CLIENT] [BEHAVIOR] WALLFLOWER",
                "[CLIENT] [UDP] RECV ObjectUpdate",
                "[CLIENT] [UDP] RECV LayerData"));
        String parting = md.substring(md.indexOf("## Part V:"));
        assertThat(headings(parting)).contains("[SERVER] [CIRCUIT] TIMEOUT", "[SERVER] [UDP] SEND DisableSimulator");
        assertThat(md).containsPattern("Size: \\d+");
    }

    @Test
    void theNaturalistEditionFollowsSeed001() throws Exception {
        String md = written(dir, "naturalist", "naturalist");
        assertShape(md);
        assertThat(md).startsWith("# OpenSim Client/Server Mating Rituals (Naturalist Edition)");
        assertThat(headings(md)).containsSubsequence(arrivalThen(
                "[CLIENT] [UDP] RECV ObjectUpdate",
                "[CLIENT] [UDP] RECV LayerData"));
        String parting = md.substring(md.indexOf("## Part V:"));
        assertThat(headings(parting)).contains("[SERVER] [UDP] RECV LogoutRequest", "[SERVER] [UDP] SEND LogoutReply");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shy-wallflower", "impostor", "jilted", "ghost"})
    void everyOtherScenarioHasTheShapeAndEndsWithItsVerdict(String scenario) throws Exception {
        String md = written(dir, scenario, "themed");
        assertShape(md);
        String parting = md.substring(md.indexOf("## Part V:"));
        assertThat(headings(parting)).contains("[CLIENT] [BEHAVIOR] EXPECT MET");
    }

    @Test
    void theNarrativeAndTheJsonLinesComeFromTheSameTimeline() throws Exception {
        String md = written(dir, "naturalist", "naturalist");
        List<TraceEvent> events = JsonLines.read(dir.resolve("naturalist.jsonl")).events();
        Set<String> told = events.stream()
                .map(e -> "[" + e.side() + "] [" + e.channel() + "] " + (e.verb() == Verb.NOTE ? e.subject() : (e.verb().label() + " " + e.subject()).strip()))
                .collect(Collectors.toSet());
        assertThat(headings(md)).isNotEmpty().allSatisfy(h -> assertThat(told).contains(h));
        assertThat(Files.readString(dir.resolve("naturalist.mmd"))).startsWith("sequenceDiagram");
        // Both sides name the one suitor alike, so it is told as one agent: no agent list, no per-agent endings.
        assertThat(md).doesNotContain("- **Agents**", "\n#### ");
        assertThat(new rituals.trace.narrative.Narrator(Edition.choose("naturalist", "naturalist")).narrate(events))
                .isEqualTo(md);
    }
}
