package io.casework.domain.cases;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
