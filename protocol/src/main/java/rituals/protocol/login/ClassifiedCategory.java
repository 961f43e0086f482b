package rituals.protocol.login;

import java.util.List;

/** One entry of {@code classified_categories}. */
public record ClassifiedCategory(int id, String name) {
    /** The nine categories OpenSim sends, in its order. */
    public static final List<ClassifiedCategory> OPENSIM_DEFAULTS = List.of(
            new ClassifiedCategory(1, "Shopping"),
            new ClassifiedCategory(2, "Land Rental"),
            new ClassifiedCategory(3, "Property Rental"),
            new ClassifiedCategory(4, "Special Attraction"),
            new ClassifiedCategory(5, "New Products"),
            new ClassifiedCategory(6, "Employment"),
            new ClassifiedCategory(7, "Wanted"),
            new ClassifiedCategory(8, "Service"),
            new ClassifiedCategory(9, "Personal"));
}
