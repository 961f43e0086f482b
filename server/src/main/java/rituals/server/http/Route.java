package rituals.server.http;

import java.io.IOException;

/** Handles one request. It may answer now, or keep the {@link Exchange} and answer it later from another thread. */
@FunctionalInterface
public interface Route {
    void handle(Exchange exchange) throws IOException;
}
