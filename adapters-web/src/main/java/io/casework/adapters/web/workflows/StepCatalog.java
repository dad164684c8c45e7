package io.casework.adapters.web.workflows;

import java.util.List;
import java.util.Optional;

/**
 * The step types the editor offers under "Add action", grouped as the product names them ("Case › Assign Case"),
 * with the {@code type} each writes into a draft (docs/API.md).
 */
enum StepCatalog {
    ASSIGN_CASE("assign_case", "Case", "Assign Case", "assign"),
    SET_PRIORITY("set_case_priority", "Case", "Set priority", "set_priority");

    private final String type;
    private final String group;
    private final String label;
    private final String idStem;

    StepCatalog(String type, String group, String label, String idStem) {
        this.type = type;
        this.group = group;
        this.label = label;
        this.idStem = idStem;
    }

    static Optional<StepCatalog> of(String type) {
        for (StepCatalog step : values()) {
            if (step.type.equals(type)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    String type() {
        return type;
    }

    /** "Case › Assign Case". */
    String title() {
        return group + " \u203a " + label;
    }

    String group() {
        return group;
    }

    String label() {
        return label;
    }

    /** The first free id for a new step of this type: {@code assign_1}, {@code assign_2}, ... */
    String newId(List<String> taken) {
        for (int n = 1; ; n++) {
            String id = idStem + "_" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
