package de.stammkunde.service.printing;

import com.google.zxing.common.BitMatrix;

/**
 * Where a card or coupon layout draws: a PDF page or an image. Coordinates in millimetres from the
 * top left, y downwards; text sizes in points. One layout code for both, so the PDF and the PNG
 * look the same.
 */
interface Sheet {

    enum Face {
        REGULAR, BOLD, MONO_BOLD
    }

    /** The same page, drawn with its origin at {@code x}, {@code y} (the next coupon on a sheet). */
    Sheet at(float x, float y);

    /** How wide the text is set, in millimetres. */
    float textWidth(String text, Face face, float size);

    /** Text with its baseline at {@code y}, in the given grey (0 black … 1 white). */
    void text(String text, float x, float y, Face face, float size, float gray);

    void fillRect(float x, float y, float width, float height, float gray);

    /** Only the dark modules, one rectangle per horizontal run (crisp at any zoom or printer). */
    void modules(BitMatrix matrix, float x, float y, float moduleWidth, float moduleHeight);

    /** A dashed cut line. */
    void cutLine(float x1, float y1, float x2, float y2);

    /** The text as large as fits into {@code maxWidth} between {@code minSize} and {@code size}, shortened with … below that. */
    default Fitted fit(String text, Face face, float size, float minSize, float maxWidth) {
        float s = size;
        while (s > minSize && textWidth(text, face, s) > maxWidth) {
            s -= 0.5f;
        }
        if (textWidth(text, face, s) <= maxWidth) {
            return new Fitted(text, s);
        }
        String cut = text;
        while (!cut.isEmpty() && textWidth(cut + "…", face, s) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return new Fitted(cut.strip() + "…", s);
    }

    record Fitted(String text, float size) {
    }

    /** Millimetres to PDF points (1/72 inch). */
    static float points(float mm) {
        return mm * 72f / 25.4f;
    }
}
