package rituals.protocol.types;

/** LLVector4: four little-endian F32 on the wire. */
public record Vector4(float x, float y, float z, float w) {}
