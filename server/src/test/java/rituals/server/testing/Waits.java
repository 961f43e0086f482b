package rituals.server.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The one bounded wait of the server's test helpers: woken by a monitor's notifyAll, never by polling. */
public final class Waits {
    private Waits() {
    }

    /**
     * Waits on {@code monitor} until {@code done} holds, or fails with {@code failure}'s message once {@code timeout}
     * has passed. The caller holds the monitor's lock, and whoever changes what {@code done} reads notifies it.
     */
    public static void until(Object monitor, BooleanSupplier done, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(failure.get());
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
