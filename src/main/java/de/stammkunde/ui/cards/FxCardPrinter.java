package de.stammkunde.ui.cards;

import de.stammkunde.service.printing.CardDocuments;
import de.stammkunde.ui.common.FxImages;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints the card through JavaFX printing at its real size (85.6 × 54 mm), in the top left corner
 * of the printable area: on card stock or on paper to cut out.
 */
public final class FxCardPrinter implements CardPrinter {

    private static final Logger LOG = Logger.getLogger(FxCardPrinter.class.getName());
    /** JavaFX prints 72 units per inch. */
    private static final double POINTS_PER_MM = 72 / 25.4;

    private final Supplier<Window> owner;

    public FxCardPrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Outcome print(BufferedImage image) {
        PrinterJob job;
        try {
            if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
                return Outcome.NO_PRINTER;
            }
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) {
            // Some systems without a print service fail here instead of answering "none".
            LOG.log(Level.INFO, "No printing on this system", e);
            return Outcome.NO_PRINTER;
        }
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        ImageView card = new ImageView(FxImages.of(image));
        card.setSmooth(true);
        card.setPreserveRatio(true);
        card.setFitWidth(CardDocuments.WIDTH_MM * POINTS_PER_MM);
        card.setFitHeight(CardDocuments.HEIGHT_MM * POINTS_PER_MM);
        try {
            if (job.printPage(card) && job.endJob()) {
                return Outcome.PRINTED;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Printing the card failed", e);
        }
        job.cancelJob();
        return Outcome.FAILED;
    }
}
