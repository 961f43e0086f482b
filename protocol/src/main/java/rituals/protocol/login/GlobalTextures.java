package rituals.protocol.login;

import java.util.UUID;

/** The {@code global-textures} struct: the sky textures' asset ids. */
public record GlobalTextures(UUID sun, UUID cloud, UUID moon) {
    /** OpenSim's defaults, as in the captured replies. */
    public static final GlobalTextures OPENSIM_DEFAULT = new GlobalTextures(
            UUID.fromString("cce0f112-878f-4586-a2e2-a8f104bba271"),
            UUID.fromString("dc4b9f0b-d008-45c6-96a4-01dd947ac621"),
            UUID.fromString("ec4b9f0b-d008-45c6-96a4-01dd947ac621"));
}
