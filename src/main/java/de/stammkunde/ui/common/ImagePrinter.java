package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Puts pictures (a card, a coupon, a sheet of coupons) on paper at their real size. The print
 * dialog comes first, on the JavaFX thread; the pages follow from a background task. Behind an
 * interface so that ViewModels are testable without a printer.
 */
public interface ImagePrinter {

    enum Outcome {
        PRINTED, NO_PRINTER, CANCELLED, FAILED
    }

    /** On the JavaFX thread (the print dialog is modal): a job on the printer the user chose, or why there is none. */
    Start start();

    /** Either a job, or the outcome that stands instead of printing (no printer, or the user cancelled the dialog). */
    record Start(Job job, Outcome refusal) {

        public static Start refused(Outcome why) {
            return new Start(null, why);
        }
    }

    /** A chosen printer; takes its pages from any thread. */
    interface Job {

        /**
         * The image at {@code widthMm} × {@code heightMm}, top left in the printable area (shrunk to
         * fit if larger, e.g. a whole A4 sheet); false if refused.
         */
        boolean page(BufferedImage image, double widthMm, double heightMm);

        /** Sends the job to the printer; false when that failed. */
        boolean end();

        void cancel();
    }

    /**
     * Prints {@code count} pages of one size, each drawn just before it goes out so that only one
     * is in memory, with progress. A cancel ({@link java.util.concurrent.CancellationException})
     * or a failure drops the job: nothing of it is printed.
     */
    static Outcome print(Job job, int count, IntFunction<BufferedImage> page, double widthMm, double heightMm,
            Progress progress) {
        boolean sent = false;
        try {
            for (int i = 0; i < count; i++) {
                progress.checkCancelled();
                if (!job.page(page.apply(i), widthMm, heightMm)) {
                    return Outcome.FAILED;
                }
                progress.update(i + 1L, count);
            }
            progress.checkCancelled();
            sent = job.end();
            return sent ? Outcome.PRINTED : Outcome.FAILED;
        } finally {
            if (!sent) {
                job.cancel();
            }
        }
    }

    /**
     * Tells the user how printing went, with the texts {@code <prefix>.done} (in the screen's message
     * line), {@code .noPrinter} (a note) and {@code .failed} (an error) under {@code <prefix>.title}.
     */
    static void report(Outcome outcome, String prefix, Messages messages, DialogService dialogs,
            Consumer<String> message, Object... doneArguments) {
        switch (outcome) {
            case PRINTED -> message.accept(messages.get(prefix + ".done", doneArguments));
            case NO_PRINTER -> dialogs.showInfo(messages.get(prefix + ".title"), messages.get(prefix + ".noPrinter"));
            case FAILED -> dialogs.showError(messages.get(prefix + ".title"), messages.get(prefix + ".failed"));
            case CANCELLED -> message.accept("");
        }
    }
}
