package rituals.client.crowd;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a crowd run measured. "In world" means AgentMovementComplete arrived; terrain completion is counted apart
 * and not required.
 *
 * @param loggedIn           agents whose login succeeded
 * @param reachedWorld       agents that received AgentMovementComplete
 * @param peakInWorld        most agents in world at the same time
 * @param eventQueuePolling  agents whose seed granted EventQueueGet and whose long poll started
 * @param terrainComplete    agents that received every land patch
 * @param met                agents whose scenario expectation held
 * @param dropped            agents ended by the server or by silence while they were meant to stay
 * @param failures           failed agents by reason ({@link #failuresByCount()} orders them, most frequent first)
 * @param loginsPerSecond    the rate successful logins were answered at: one less than their number, divided by the
 *                           longer of the time from the first reply to the last and from the first request to the
 *                           last (0 with fewer than two), so never more than the rate the requests went out at
 * @param loginLatency       login request to successful reply
 * @param inWorldLatency     login request to AgentMovementComplete
 * @param steadySentPerSecond datagrams per second to the server while the whole crowd stayed (after every agent
 *                           arrived or failed, until the hold ended)
 * @param resends            reliable datagrams the crowd had to send again
 */
public record CrowdReport(CrowdPlan plan, int launched, int loggedIn, int reachedWorld, int peakInWorld,
        int eventQueuePolling, int terrainComplete, int met, int dropped, Map<String, Integer> failures,
        double loginsPerSecond, Percentiles loginLatency, Percentiles inWorldLatency, double steadySentPerSecond,
        double steadyReceivedPerSecond, long datagramsSent, long datagramsReceived, long resends, long wallMillis) {

    public CrowdReport {
        failures = Map.copyOf(failures);
    }

    public int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Failures, most frequent first. */
    public Map<String, Integer> failuresByCount() {
        Map<String, Integer> out = new LinkedHashMap<>();
        failures.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The report as the crowd command prints it. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Crowd of %d playing %s against %s, ramp %.0f/s, hold %d s, %.1f s in all%n",
                plan.agents(), plan.scenario(), plan.loginUri(), plan.rampPerSecond(), plan.hold().toSeconds(),
                wallMillis / 1000.0));
        b.append(String.format("  logged in        %d of %d launched (%.0f logins/s)%n", loggedIn, launched,
                loginsPerSecond));
        b.append(String.format("  in world         %d reached, %d at the peak (AgentMovementComplete)%n",
                reachedWorld, peakInWorld));
        b.append(String.format("  event queue      %d polling%n", eventQueuePolling));
        b.append(String.format("  terrain          %d complete%n", terrainComplete));
        b.append("  login latency    ").append(loginLatency).append('\n');
        b.append("  login→in world   ").append(inWorldLatency).append('\n');
        b.append(String.format("  packets/s        %.0f out, %.0f in while everyone stayed%n", steadySentPerSecond,
                steadyReceivedPerSecond));
        b.append(String.format("  datagrams        %d out, %d in, %d resends%n", datagramsSent, datagramsReceived,
                resends));
        b.append(String.format("  expectation met  %d; failed %d; dropped %d%n", met, failed(), dropped));
        failuresByCount().forEach((reason, n) -> b.append(String.format("    %6d  %s%n", n, reason)));
        return b.toString();
    }
}
