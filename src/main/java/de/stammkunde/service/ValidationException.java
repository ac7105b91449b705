package de.stammkunde.service;

import de.stammkunde.domain.customers.FieldError;
import java.util.List;

/** The input broke a rule; nothing was written. The errors say which field and why. */
public class ValidationException extends RuntimeException implements Refusal {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
