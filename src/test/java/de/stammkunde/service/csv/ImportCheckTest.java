package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportCheckTest {

    private static ImportCheck withProblems(List<RowProblem> problems) {
        return new ImportCheck() {
            @Override
            public List<String> header() {
                return List.of("Nachname");
            }

            @Override
            public int headerRow() {
                return 1;
            }

            @Override
            public List<RowProblem> problems() {
                return problems;
            }

            @Override
            public List<RowProblem> notices() {
                return List.of();
            }

            @Override
            public int dataRows() {
                return 2;
            }

            @Override
            public boolean complete() {
                return true;
            }

            @Override
            public boolean canImport() {
                return false;
            }
        };
    }

    @Test
    void invalidRowsCountDataRowsOnceEachAndNotTheHeader() {
        ImportCheck check = withProblems(List.of(RowProblem.of(1, "", "csv.problem.noNameColumn"),
                RowProblem.of(2, "E-Mail", "validation.email.invalid"), RowProblem.of(2, "PLZ", "x"),
                RowProblem.of(3, "PLZ", "x")));

        assertEquals(2, check.invalidRows(), "a one-row file with a header problem said '2 with errors'");
    }
}
