package io.casework.adapters.persistence.jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.domain.cases.CaseType;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.PublishedStep;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON stored in the workflow tables, in the API's field names: triggers
 * {@code {"event","case_types"}}, steps {@code [{"id","type","config","continue_on_error","when"}]} and step
 * outputs. Numbers come back as Jackson reads them by default (Integer, Long, BigInteger, Double), as the REST
 * adapter hands them in.
 */
final class WorkflowJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> LIST_OF_OBJECTS = new TypeReference<>() {
    };

    private WorkflowJson() {
    }

    static String ofTrigger(Trigger trigger) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", Rows.wire(trigger.event()));
        json.put("case_types", caseTypeNames(trigger));
        return write(json);
    }

    static Trigger trigger(String json) {
        Map<String, Object> fields = read(json, OBJECT);
        List<?> caseTypes = (List<?>) fields.getOrDefault("case_types", List.of());
        return new Trigger(Rows.triggerEvent((String) fields.get("event")),
                caseTypes.stream().map(type -> new CaseType((String) type)).toList());
    }

    static List<String> caseTypeNames(Trigger trigger) {
        return trigger.caseTypes().stream().map(CaseType::value).toList();
    }

    static String ofSteps(List<StepDefinition> steps) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (StepDefinition step : steps) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", step.id());
            fields.put("type", step.type());
            fields.put("config", step.config());
            fields.put("continue_on_error", step.continueOnError());
            fields.put("when", step.when() == null ? null : ofCondition(step.when()));
            json.add(fields);
        }
        return write(json);
    }

    /** The steps of a version, each with the action its stored config holds. */
    static List<PublishedStep> publishedSteps(String json) {
        return steps(json).stream().map(StepActionJson::published).toList();
    }

    static List<StepDefinition> steps(String json) {
        List<StepDefinition> steps = new ArrayList<>();
        for (Map<String, Object> fields : read(json, LIST_OF_OBJECTS)) {
            steps.add(new StepDefinition((String) fields.get("id"), (String) fields.get("type"),
                    asObject(fields.get("config")), Boolean.TRUE.equals(fields.get("continue_on_error")),
                    condition(asObject(fields.get("when")))));
        }
        return steps;
    }

    static String ofObject(Map<String, Object> object) {
        return write(object);
    }

    static Map<String, Object> object(String json) {
        return read(json, OBJECT);
    }

    private static Map<String, Object> ofCondition(Condition condition) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("field", condition.field());
        fields.put("op", Rows.wire(condition.op()));
        fields.put("value", condition.value());
        return fields;
    }

    private static Condition condition(Map<String, Object> fields) {
        if (fields == null) {
            return null;
        }
        return new Condition((String) fields.get("field"),
                Rows.enumOf(Condition.Op.class, (String) fields.get("op")), fields.get("value"));
    }

    @SuppressWarnings("unchecked") // Jackson reads every JSON object as a Map<String, Object>
    private static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write workflow JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not read stored workflow JSON", e);
        }
    }
}
