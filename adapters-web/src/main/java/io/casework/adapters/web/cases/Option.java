package io.casework.adapters.web.cases;

/** One choice of a form's select, and whether it is the one chosen. */
public record Option(String value, String label, boolean selected) {
}
