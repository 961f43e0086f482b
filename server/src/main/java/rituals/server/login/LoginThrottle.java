package rituals.server.login;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import rituals.server.log.LogText;
import rituals.trace.Clock;

/**
 * Slows password guessing: failed logins are counted per account name and per client address, and past a few free
 * failures each one closes that key for a growing time (1 s, 2 s, 4 s … up to a minute). A login for a closed key is
 * refused before its password is checked, so guesses made meanwhile are not evaluated at all and cost no hashing.
 * Successful logins only look their keys up, so a crowd of bots logging in is not slowed. Throttling starts with one
 * log line per burst; a key is forgotten after a quiet quarter of an hour or, for an account, a successful login.
 */
public final class LoginThrottle {
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    /** Failures an account may have before its logins are slowed. */
    static final int FREE_PER_ACCOUNT = 3;
    /** Failures an address may have (across accounts; several people may share one) before it is slowed. */
    static final int FREE_PER_ADDRESS = 10;
    static final long FIRST_DELAY_MS = 1_000;
    static final long MAX_DELAY_MS = 60_000;
    static final long FORGET_AFTER_MS = 15 * 60_000;
    /** Keys kept at most; the least recently used go first, so a spray of names cannot grow the map without end. */
    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Failures> keys = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS;
        }
    };

    private static final class Failures {
        int count;
        long lastNanos;
        long closedUntilNanos;
    }

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Milliseconds until a login for this name from this address may be checked; 0 when it may be now. */
    public synchronized long waitMs(String first, String last, String ip) {
        long now = clock.nanos();
        long until = Math.max(closedUntil(accountKey(first, last), now), closedUntil(addressKey(ip), now));
        return until - now <= 0 ? 0 : (until - now + 999_999) / 1_000_000;
    }

    /** Counts a failed password check (a wrong password or an unknown name). */
    public synchronized void failed(String first, String last, String ip) {
        long now = clock.nanos();
        count(accountKey(first, last), FREE_PER_ACCOUNT, now);
        count(addressKey(ip), FREE_PER_ADDRESS, now);
    }

    /** Forgets the account's failures: its owner is back. The address's are kept (one may own an account). */
    public synchronized void succeeded(String first, String last) {
        keys.remove(accountKey(first, last));
    }

    private long closedUntil(String key, long now) {
        Failures f = keys.get(key);
        if (f == null) {
            return now;
        }
        if (now - f.lastNanos >= FORGET_AFTER_MS * 1_000_000L) {
            keys.remove(key);
            return now;
        }
        return f.closedUntilNanos;
    }

    private void count(String key, int free, long now) {
        closedUntil(key, now); // forgets a stale record first
        Failures f = keys.computeIfAbsent(key, k -> new Failures());
        f.count++;
        f.lastNanos = now;
        int over = f.count - free;
        if (over <= 0) {
            return;
        }
        long delayMs = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS << Math.min(over - 1, 16));
        f.closedUntilNanos = now + delayMs * 1_000_000L;
        if (over == 1) {
            LOG.warning(() -> "[LLOGIN SERVICE]: Throttling logins for " + LogText.of(key) + " after " + f.count
                    + " failed attempts (each further failure waits longer, up to " + MAX_DELAY_MS / 1000 + " s)");
        }
    }

    private static String accountKey(String first, String last) {
        // Names are looked up ignoring case, so guesses at "test user" and "Test User" count together.
        return "account " + (first + " " + last).toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String ip) {
        return "address " + ip;
    }
}
