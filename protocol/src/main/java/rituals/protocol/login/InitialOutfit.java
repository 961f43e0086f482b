package rituals.protocol.login;

/** The {@code initial-outfit} struct. */
public record InitialOutfit(String folderName, String gender) {
    public static final InitialOutfit OPENSIM_DEFAULT = new InitialOutfit("Nightclub Female", "female");
}
