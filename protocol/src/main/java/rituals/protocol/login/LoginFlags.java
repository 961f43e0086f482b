package rituals.protocol.login;

/** The {@code login-flags} struct; each flag travels as "Y" or "N". */
public record LoginFlags(boolean daylightSavings, boolean stipendSinceLogin, boolean gendered, boolean everLoggedIn) {
    /** What OpenSim sends outside daylight saving time. */
    public static final LoginFlags OPENSIM_DEFAULT = new LoginFlags(false, false, true, true);
}
