package rituals.app;

import java.util.Locale;
import rituals.client.Ending;
import rituals.client.Phase;
import rituals.client.SuitorReport;
import rituals.client.scenario.ScenarioResult;

/** The text {@code ./rituals connect} prints: each phase with its time from the login request, the ending, the verdict. */
final class ConnectSummary {
    private ConnectSummary() {}

    static String format(ScenarioResult result, String target) {
        SuitorReport r = result.report();
        StringBuilder out = new StringBuilder(1024);
        out.append("Scenario  ").append(result.scenario()).append(" against ").append(target).append('\n');
        out.append("Expects   ").append(result.expectation()).append('\n');
        if (r.regionName() != null && !r.regionName().isEmpty()) {
            out.append("Region    ").append(r.regionName()).append('\n');
        }
        out.append("Phases (ms from the login request)\n");
        for (Phase phase : Phase.values()) {
            out.append(String.format(Locale.ROOT, "  %-26s %8s", phase.label(),
                    r.at(phase).map(String::valueOf).orElse("-")));
            if (phase == Phase.TERRAIN_COMPLETE) {
                out.append(String.format(Locale.ROOT, "   (%d/%d patches)", r.terrain().patchesReceived(),
                        r.terrain().patchesExpected()));
            }
            out.append('\n');
        }
        long avatars = r.objects().stream().filter(o -> o.isAvatar()).count();
        out.append(String.format(Locale.ROOT, "Objects   %d (%d avatar%s)%n", r.objects().size(), avatars,
                avatars == 1 ? "" : "s"));
        out.append("Caps      ").append(r.capabilities().isEmpty() ? "none granted"
                : r.capabilities().size() + " granted; " + r.eventQueueReplies() + " event-queue replies, "
                        + r.events().size() + " events").append('\n');
        out.append(String.format(Locale.ROOT, "UDP       %d datagrams sent, %d received, %d resent%s%n",
                r.datagramsSent(), r.datagramsReceived(), r.resends(),
                r.malformed() == 0 ? "" : ", " + r.malformed() + " malformed"));
        Ending e = r.ending();
        out.append("Ending    ").append(e == null ? "still running"
                : e.reason().probeName() + " at " + e.atMillis() + " ms" + (e.detail().isEmpty() ? ""
                        : ": " + e.detail())).append('\n');
        out.append(result.met() ? "MET       " : "UNMET     ").append(result.verdict().observed()).append('\n');
        return out.toString();
    }
}
