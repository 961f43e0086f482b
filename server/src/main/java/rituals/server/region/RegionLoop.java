package rituals.server.region;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import rituals.server.udp.Inbound;
import rituals.trace.Clock;

/**
 * The one thread that owns the region: it drains the inbox (decoded datagrams and tasks submitted by other
 * threads) and, every tick, runs the timers of every circuit. No thread per agent: a circuit costs a few
 * comparisons per tick when nothing is due. Each region has its own loop: regions share no state.
 */
final class RegionLoop {
    private static final System.Logger LOG = System.getLogger(RegionLoop.class.getName());
    /** Beyond this backlog a datagram is dropped, as a full socket buffer would: the loop must not drown. */
    private static final int INBOX_LIMIT = 100_000;
    /** At most this many items per drain, so that a flood does not starve the timers. */
    private static final int DRAIN_BATCH = 10_000;

    private final RegionCore core;
    private final Clock clock;
    private final long tickNanos;
    private final String threadName;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>(INBOX_LIMIT);
    private final AtomicLong overflows = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    RegionLoop(RegionCore core, Clock clock, long tickMillis, String threadName) {
        this.core = core;
        this.threadName = threadName;
        this.clock = clock;
        this.tickNanos = tickMillis * 1_000_000L;
    }

    /** From the receive thread. */
    void offer(Inbound in) {
        if (!inbox.offer(in)) {
            long n = overflows.incrementAndGet();
            if (n == 1 || n % 10_000 == 0) {
                LOG.log(System.Logger.Level.WARNING, "[REGION]: the loop is " + INBOX_LIMIT
                        + " items behind; " + n + " datagrams dropped so far");
            }
        }
    }

    /** From any thread: runs {@code task} on the loop thread. */
    void submit(Runnable task) {
        try {
            inbox.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while submitting to the region loop", e);
        }
    }

    private int drain(int max) {
        int n = 0;
        Object item;
        while (n < max && (item = inbox.poll()) != null) {
            dispatch(item);
            n++;
        }
        return n;
    }

    private void dispatch(Object item) {
        try {
            if (item instanceof Inbound in) {
                core.onInbound(in, clock.nanos());
            } else {
                ((Runnable) item).run();
            }
        } catch (RuntimeException e) {
            // One bad datagram or task must never stop the region.
            LOG.log(System.Logger.Level.ERROR, "[REGION]: failed to process " + describe(item), e);
        }
    }

    private static String describe(Object item) {
        return item instanceof Inbound in ? in.packet().message().getClass().getSimpleName() + " from " + in.from()
                : "a task";
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long nextTick = clock.nanos();
        while (running) {
            long wait = nextTick - clock.nanos();
            if (wait > 0) {
                try {
                    Object item = inbox.poll(wait, TimeUnit.NANOSECONDS);
                    if (item != null) {
                        dispatch(item);
                        drain(DRAIN_BATCH);
                    }
                } catch (InterruptedException e) {
                    if (!running) {
                        return;
                    }
                }
                continue;
            }
            long now = clock.nanos();
            try {
                core.tick(now);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "[REGION]: tick failed", e);
            }
            nextTick = now + tickNanos;
        }
    }

    /** Stops the thread after running {@code last} on it. */
    void stop(Runnable last) {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null) {
            last.run();
            return;
        }
        submit(() -> {
            last.run();
            running = false;
        });
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
