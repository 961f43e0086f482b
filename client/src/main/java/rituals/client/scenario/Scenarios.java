package rituals.client.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The registry of scenarios, by name: one line per scenario. */
public final class Scenarios {
    private static final Map<String, Function<ScenarioTiming, Scenario>> REGISTRY = new LinkedHashMap<>();

    static {
        register("naturalist", Naturalist::new);
        register("wallflower", Wallflower::new);
        register("shy-wallflower", ShyWallflower::new);
        register("impostor", Impostor::new);
        register("jilted", t -> new Jilted());
        register("ghost", Ghost::new);
    }

    private Scenarios() {}

    private static void register(String name, Function<ScenarioTiming, Scenario> factory) {
        REGISTRY.put(name, factory);
    }

    /** The registered names, in registration order. */
    public static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(REGISTRY.keySet()));
    }

    /** Builds a scenario. @throws IllegalArgumentException naming the known scenarios when {@code name} is not one */
    public static Scenario create(String name, ScenarioTiming timing) {
        Function<ScenarioTiming, Scenario> factory = REGISTRY.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("no scenario '" + name + "'; known: " + String.join(", ", names()));
        }
        return factory.apply(timing);
    }
}
