package de.stammkunde.service.csv;

import de.stammkunde.i18n.Messages;

/** The lines of an import's report, the same on the command line and in the window. */
public final class ImportReport {

    private ImportReport() {
    }

    /** "Zeile 7, Spalte „E-Mail“: Bitte eine gültige E-Mail-Adresse eingeben …" */
    public static String line(Messages messages, RowProblem problem) {
        String text = messages.get(problem.messageKey(), problem.args().toArray());
        return problem.column().isEmpty()
                ? messages.get("csv.report.row", problem.row(), text)
                : messages.get("csv.report.rowColumn", problem.row(), problem.column(), text);
    }

    public static String summary(Messages messages, ImportPlan plan) {
        return messages.get("csv.report.plan", plan.dataRows(), plan.count(ImportPlan.Action.CREATE),
                plan.count(ImportPlan.Action.UPDATE), plan.count(ImportPlan.Action.SKIP), plan.invalidRows());
    }

    public static String done(Messages messages, ImportResult result) {
        return messages.get("csv.report.done", result.created(), result.updated(), result.skipped(), result.invalid());
    }
}
