package se.nyckeltal.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which to create the SQL models: every model after the models it references (a
 * topological sort; DuckDB binds a view when it is created, so a reference must exist by then).
 * Among models whose references are all created, the alphabetically first comes first, so the
 * order is the same on every run.
 */
final class ModelOrder {

    private ModelOrder() {}

    /**
     * @param referencesByModel every model's name, with the names of the other models it
     *     references (names that are not models, such as tables, are ignored)
     * @throws IllegalStateException if models reference each other in a cycle (naming them)
     */
    static List<String> of(Map<String, Set<String>> referencesByModel) {
        Map<String, Set<String>> waitingFor = new TreeMap<>();
        referencesByModel.forEach((model, references) -> {
            Set<String> models = new TreeSet<>(references);
            models.retainAll(referencesByModel.keySet());
            models.remove(model);
            waitingFor.put(model, models);
        });
        List<String> order = new ArrayList<>();
        while (!waitingFor.isEmpty()) {
            String next = waitingFor.entrySet().stream()
                    .filter(entry -> entry.getValue().isEmpty())
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "SQL models reference each other in a cycle: " + waitingFor.keySet()));
            waitingFor.remove(next);
            waitingFor.values().forEach(references -> references.remove(next));
            order.add(next);
        }
        return List.copyOf(order);
    }
}
