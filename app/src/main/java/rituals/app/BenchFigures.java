package rituals.app;

import rituals.client.crowd.CrowdReport;

/**
 * What one bench run measured besides the crowd's own report. CPU times in nanoseconds, heaps in bytes (live heap
 * after a full collection).
 *
 * @param rampCpuNanos     the venue's CPU time from the first login to the moment every agent was in world or failed
 * @param rampNanos        the wall time of that stretch
 * @param steadyCpuNanos   the venue's CPU time over the steady window, the whole crowd staying
 * @param steadyNanos      the wall time of the steady window
 * @param steadyAgents     agents in world during the steady window and the heap measurement (the lowest count seen)
 * @param clientCpuNanos   the bench process's (the crowd's) CPU time over the whole run
 */
record BenchFigures(CrowdReport crowd, int hashIterations, long venueBaseHeap, long venueSteadyHeap,
        long clientBaseHeap, long clientSteadyHeap, long rampCpuNanos, long rampNanos, long steadyCpuNanos,
        long steadyNanos, int steadyAgents, long clientCpuNanos, int warmup) {

    /** The venue's live heap per agent in world, in bytes. */
    double venueHeapPerAgent() {
        return steadyAgents == 0 ? 0 : (double) (venueSteadyHeap - venueBaseHeap) / steadyAgents;
    }

    double clientHeapPerAgent() {
        return steadyAgents == 0 ? 0 : (double) (clientSteadyHeap - clientBaseHeap) / steadyAgents;
    }

    /** Cores the venue kept busy while the crowd was logging in. */
    double rampCores() {
        return rampNanos == 0 ? 0 : (double) rampCpuNanos / rampNanos;
    }

    /** Cores the venue kept busy while the crowd stayed. */
    double steadyCores() {
        return steadyNanos == 0 ? 0 : (double) steadyCpuNanos / steadyNanos;
    }

    /** The venue's CPU time per agent per second of staying, in microseconds. */
    double steadyMicrosPerAgentSecond() {
        return steadyAgents == 0 ? 0 : steadyCores() * 1e6 / steadyAgents;
    }
}
