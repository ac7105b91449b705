package de.stammkunde.ui.common;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;

/**
 * {@link ImagePrinter} through JavaFX printing: each image at its real size, top left, with a frame to
 * cut along; a whole sheet (larger than the printable area) shrunk to fit, without one.
 */
public final class FxImagePrinter implements ImagePrinter {

    private static final Logger LOG = Logger.getLogger(FxImagePrinter.class.getName());
    /** JavaFX prints 72 units per inch. */
    private static final double POINTS_PER_MM = 72 / 25.4;

    private final Supplier<Window> owner;

    public FxImagePrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Start start() {
        PrinterJob job;
        try {
            if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
                return Start.refused(Outcome.NO_PRINTER);
            }
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) {
            // Some systems without a print service fail here instead of answering "none".
            LOG.log(Level.INFO, "No printing on this system", e);
            return Start.refused(Outcome.NO_PRINTER);
        }
        if (job == null) {
            return Start.refused(Outcome.NO_PRINTER);
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Start.refused(Outcome.CANCELLED);
        }
        return new Start(new FxJob(job), null);
    }

    private record FxJob(PrinterJob job) implements Job {

        @Override
        public boolean page(BufferedImage image, double widthMm, double heightMm) {
            // Real size where it fits (a card, a coupon); a whole A4 sheet is shrunk into the printable
            // area, since hardly a printer prints to the edge of the paper.
            PageLayout layout = job.getJobSettings().getPageLayout();
            double width = widthMm * POINTS_PER_MM;
            double height = heightMm * POINTS_PER_MM;
            double scale = Math.min(1, Math.min(layout.getPrintableWidth() / width,
                    layout.getPrintableHeight() / height));
            ImageView view = new ImageView(FxImages.of(image));
            view.setSmooth(true);
            view.setPreserveRatio(true);
            view.setFitWidth(width * scale);
            view.setFitHeight(height * scale);
            Node page = view;
            if (scale >= 1) {
                // A card or a coupon on a sheet of paper: a light dashed frame to cut along.
                Rectangle frame = new Rectangle(width, height, Color.TRANSPARENT);
                frame.setStroke(Color.gray(0.6));
                frame.setStrokeWidth(0.5);
                frame.getStrokeDashArray().setAll(3.0, 3.0);
                page = new Group(view, frame);
            }
            try {
                return job.printPage(page);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Printing a page failed", e);
                return false;
            }
        }

        @Override
        public boolean end() {
            try {
                return job.endJob();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending the print job failed", e);
                return false;
            }
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
