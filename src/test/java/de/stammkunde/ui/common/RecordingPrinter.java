package de.stammkunde.ui.common;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** A printer for tests: keeps the pages it is given, or refuses as told. */
public final class RecordingPrinter implements ImagePrinter {

    /** A printed page: the image and the size it was printed at. */
    public record Page(BufferedImage image, double widthMm, double heightMm) {
    }

    private final List<Page> pages = new ArrayList<>();
    private Outcome refusal;
    private boolean failing;
    private int dialogs;
    private boolean ended;
    private boolean cancelled;

    /** The next print dialog answers with this instead of a job (no printer, or the user cancelled it). */
    public void refuse(Outcome why) {
        refusal = why;
    }

    /** The printer refuses every page. */
    public void fail() {
        failing = true;
    }

    @Override
    public Start start() {
        dialogs++;
        if (refusal != null) {
            Outcome why = refusal;
            refusal = null;
            return Start.refused(why);
        }
        ended = false;
        cancelled = false;
        return new Start(new Job() {
            @Override
            public boolean page(BufferedImage image, double widthMm, double heightMm) {
                if (failing) {
                    return false;
                }
                pages.add(new Page(image, widthMm, heightMm));
                return true;
            }

            @Override
            public boolean end() {
                ended = true;
                return true;
            }

            @Override
            public void cancel() {
                cancelled = true;
            }
        }, null);
    }

    /** How often the print dialog was shown. */
    public int dialogs() {
        return dialogs;
    }

    /** The pages of every job, sent or not. */
    public List<Page> pages() {
        return pages;
    }

    /** Whether the last job was sent to the printer. */
    public boolean ended() {
        return ended;
    }

    /** Whether the last job was dropped. */
    public boolean cancelled() {
        return cancelled;
    }
}
