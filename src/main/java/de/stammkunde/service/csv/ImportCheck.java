package de.stammkunde.service.csv;

import java.util.List;

/** What every import's check of a whole file tells before anything is written. */
public interface ImportCheck {

    List<String> header();

    /** Errors, row by row; with any of them the file imports only when invalid rows may be left out. */
    List<RowProblem> problems();

    /** What the import will do that the user should know (left out, updated, matched by a blocked card …). */
    List<RowProblem> notices();

    /** Data rows read (the header and blank lines not counted). */
    int dataRows();

    /** Whether the file could be read to its end. */
    boolean complete();

    /** All or nothing: the file was read to its end, has no errors (or may leave them out) and brings something. */
    boolean canImport();

    /** Data rows with at least one problem (a row may have several; a problem of the header is no data row). */
    default long invalidRows() {
        return problems().stream().mapToInt(RowProblem::row).filter(row -> row > headerRow()).distinct().count();
    }

    /**
     * The header's row number, as the lines of the file count: 1 but for Excel's {@code sep=;} line, blank
     * lines or a title above it.
     */
    int headerRow();
}
