package io.casework.adapters.web.staff;

import java.util.Arrays;
import java.util.List;

/** One option of a select or one checkbox: its value, its label, and whether the form has it chosen. */
public record Choice(String value, String label, boolean selected) {
    /** Options from value/label pairs, {@code chosen} marked. */
    static List<Choice> of(String chosen, String... valuesAndLabels) {
        return Arrays.stream(pairs(valuesAndLabels))
                .map(pair -> new Choice(pair[0], pair[1], pair[0].equals(chosen)))
                .toList();
    }

    private static String[][] pairs(String[] valuesAndLabels) {
        String[][] pairs = new String[valuesAndLabels.length / 2][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new String[] {valuesAndLabels[2 * i], valuesAndLabels[2 * i + 1]};
        }
        return pairs;
    }

    static List<Choice> roles(String chosen) {
        return of(chosen, "reviewer", "Reviewer", "admin", "Admin");
    }

    static List<Choice> availabilities(String chosen) {
        return of(chosen, "available", "Available", "away", "Away");
    }
}
