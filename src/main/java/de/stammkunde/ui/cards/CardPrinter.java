package de.stammkunde.ui.cards;

import java.awt.image.BufferedImage;

/** Sends a card image to a printer at card size; behind an interface so the ViewModel is testable without one. */
@FunctionalInterface
public interface CardPrinter {

    enum Outcome {
        PRINTED, NO_PRINTER, CANCELLED, FAILED
    }

    /** Runs on the FX thread (the print dialog is modal); {@code image} is the card at 300 dpi. */
    Outcome print(BufferedImage image);
}
