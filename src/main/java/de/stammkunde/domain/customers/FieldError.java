package de.stammkunde.domain.customers;

import java.util.List;

/**
 * A broken rule on one field, as a message key with arguments, so that the form, the import report
 * and the command line each say it in the user's language.
 */
public record FieldError(CustomerField field, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(CustomerField field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
