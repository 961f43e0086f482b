package rituals.client.caps;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import rituals.client.HttpDeadline;
import rituals.protocol.caps.Capability;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.xml.XmlLimits;

/**
 * The seed capability POST: an LLSD array of capability names in, a map of granted name → URL out
 * (only names both requested and served). OpenSim answers 404 unless the method is POST and the Content-Type
 * exactly {@code application/llsd+xml}.
 */
public final class SeedRequest {
    /** The names we ask for: the ones LibreMetaverse's connection uses first, a subset of its ~120. */
    public static final List<String> REQUESTED = Stream.of(Capability.EVENT_QUEUE_GET, Capability.SIMULATOR_FEATURES,
                    Capability.GET_DISPLAY_NAMES, Capability.FETCH_INVENTORY2, Capability.FETCH_INVENTORY_DESCENDENTS2,
                    Capability.GET_TEXTURE, Capability.GET_MESH, Capability.GET_MESH2, Capability.VIEWER_ASSET,
                    Capability.UPDATE_AVATAR_APPEARANCE, Capability.UPLOAD_BAKED_TEXTURE, Capability.VIEWER_BENEFITS,
                    Capability.OBJECT_ANIMATION, Capability.EXT_ENVIRONMENT, Capability.ENVIRONMENT_SETTINGS)
            .map(Capability::wireName)
            .toList();

    /** The reply: status, granted capabilities (empty when the body was not an LLSD map). */
    public record Granted(int status, Map<String, URI> capabilities) {
        public Granted {
            capabilities = Map.copyOf(capabilities);
        }
    }

    private SeedRequest() {}

    /** Posts the seed request; the future fails only on a transport error or timeout. */
    public static CompletableFuture<Granted> post(HttpClient http, URI seed, List<String> names, Duration timeout,
            ScheduledExecutorService timer) {
        HttpRequest request = HttpRequest.newBuilder(seed)
                .header("Content-Type", "application/llsd+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LlsdXml.write(List.copyOf(names))))
                .build();
        return HttpDeadline.send(http, request, HttpResponse.BodyHandlers.ofByteArray(), timeout, timer)
                .thenApply(r -> new Granted(r.statusCode(), read(r.body())));
    }

    /** Reads a seed reply body: name → URI for every entry whose value is a usable absolute URI. */
    static Map<String, URI> read(byte[] body) {
        Object value;
        try {
            value = LlsdXml.parse(body, XmlLimits.DEFAULT);
        } catch (DecodeException e) {
            return Map.of(); // LibreMetaverse: a non-LLSD reply simply yields no capabilities
        }
        Map<String, URI> caps = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                try {
                    URI uri = new URI(String.valueOf(e.getValue()));
                    if (uri.isAbsolute()) {
                        caps.put(String.valueOf(e.getKey()), uri);
                    }
                } catch (URISyntaxException ignored) {
                    // a capability we could not use anyway
                }
            }
        }
        return caps;
    }
}
