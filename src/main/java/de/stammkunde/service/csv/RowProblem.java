package de.stammkunde.service.csv;

import de.stammkunde.domain.customers.Text;
import java.util.List;

/**
 * What is wrong with one row of an imported file, as a message key with arguments. {@code row}
 * counts the lines of the file as a text editor shows them (a file that starts with its header has
 * it in row 1; a quoted line break does not count), {@code column} is the header
 * of the offending column, or empty when the whole row is at fault.
 */
public record RowProblem(int row, String column, String messageKey, List<Object> args) {

    /**
     * The most of a cell (or a header) a problem quotes: a cell of 100,000 characters was quoted whole,
     * and its report line filled the terminal and the wizard's list.
     */
    static final int QUOTED = 80;

    public RowProblem {
        column = quoted(column == null ? "" : column);
        args = List.copyOf(args.stream().map(a -> a instanceof String text ? quoted(text) : a).toList());
    }

    /** The text, or its start with "…" when it is longer than {@link #QUOTED}. */
    static String quoted(String text) {
        return text.length() <= QUOTED ? text : Text.cut(text, QUOTED - 1) + "…";
    }

    /**
     * A column the import needs is not in the header ({@code csv.problem.noNameColumn},
     * {@code purchaseImport.problem.noAmountColumn} …, only ever said of the header, wherever it is): the
     * header's fault, which no leaving out of rows mends.
     */
    public boolean isMissingColumn() {
        return messageKey.endsWith("Column");
    }

    public static RowProblem of(int row, String column, String messageKey, Object... args) {
        return new RowProblem(row, column, messageKey, List.of(args));
    }
}
