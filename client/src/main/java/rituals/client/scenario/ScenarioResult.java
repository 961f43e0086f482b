package rituals.client.scenario;

import rituals.client.SuitorReport;

/**
 * What playing a scenario showed: the expectation, whether it held and what was observed, and the suitor's report
 * (phase times from the login request, how the ritual ended, terrain, objects, capabilities, counters).
 */
public record ScenarioResult(String scenario, String expectation, Verdict verdict, SuitorReport report) {
    public boolean met() {
        return verdict.met();
    }
}
