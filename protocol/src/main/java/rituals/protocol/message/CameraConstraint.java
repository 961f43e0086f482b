package rituals.protocol.message;

import rituals.protocol.types.Vector4;

/** Sim to client: a plane the camera must not cross (OpenSim sends one at login). */
public record CameraConstraint(CameraCollidePlane cameraCollidePlane) implements Message {
    public record CameraCollidePlane(Vector4 plane) {}
}
