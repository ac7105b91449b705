package de.stammkunde.service.printing;

import com.google.zxing.common.BitMatrix;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The text as large as fits into {@code maxWidth} between {@code minSize} and {@code size},
     * shortened with … below that, between whole characters ("Zoë", a flag: never half of one).
     */
    default Fitted fit(String text, Face face, float size, float minSize, float maxWidth) {
        float s = size;
        while (s > minSize && textWidth(text, face, s) > maxWidth) {
            s -= 0.5f;
        }
        if (textWidth(text, face, s) <= maxWidth) {
            return new Fitted(text, s);
        }
        // The longest start that fits with its …, found by halving: a shop name of 4,000 letters on
        // each of 100,000 coupons is measured a dozen times per coupon, not 4,000 times.
        List<Integer> ends = Glyphs.characterEnds(text);
        int fits = -1;
        int tooWide = ends.size() - 1;
        while (tooWide - fits > 1) {
            int i = (fits + tooWide) >>> 1;
            if (textWidth(text.substring(0, ends.get(i)) + "…", face, s) <= maxWidth) {
                fits = i;
            } else {
                tooWide = i;
            }
        }
        return new Fitted((fits < 0 ? "" : text.substring(0, ends.get(fits)).strip()) + "…", s);
    }

    record Fitted(String text, float size) {
    }

    /**
     * The shop's name in bold on one line from {@code size} down to 9 pt, its baseline at {@code baseline}; a
     * longer one ("Bäckerei & Konditorei … GmbH & Co. KG") on two lines from 9 pt down to {@code twoLinesMin},
     * the last one's baseline at {@code lastBaseline} (just above a rule), shortened with … only beyond those.
     */
    default void shopName(String shop, float x, float width, float size, float baseline, float twoLinesMin,
            float lastBaseline) {
        Fitted one = fit(shop, Face.BOLD, size, 9f, width);
        if (one.text().equals(shop)) {
            text(shop, x, baseline, Face.BOLD, one.size(), 0.1f);
            return;
        }
        Wrapped two = wrap(shop, Face.BOLD, 9f, twoLinesMin, width, 2);
        float step = two.step(1.15f);
        two.draw(this, x, lastBaseline - (two.lines().size() - 1) * step, Face.BOLD, step, 0.1f);
    }

    /**
     * The text on at most {@code maxLines} lines of {@code maxWidth}, as large as that allows between
     * {@code minSize} and {@code size}; broken between words (or inside a word that is wider than a
     * line on its own), the last line shortened with … when even {@code minSize} needs more lines.
     */
    default Wrapped wrap(String text, Face face, float size, float minSize, float maxWidth, int maxLines) {
        float s = size;
        List<String> lines = lines(text, face, s, maxWidth);
        while (lines.size() > maxLines && s > minSize) {
            s = Math.max(minSize, s - 0.5f);
            lines = lines(text, face, s, maxWidth);
        }
        if (lines.size() <= maxLines) {
            return new Wrapped(lines, s);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
        String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
        kept.add(fit(rest, face, s, s, maxWidth).text());
        return new Wrapped(kept, s);
    }

    /** The text broken greedily into lines of at most {@code maxWidth}, where a line may break. */
    private List<String> lines(String text, Face face, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        String line = "";
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            String word = text.substring(start, end);
            if (textWidth((line + word).strip(), face, size) <= maxWidth) {
                line += word;
                continue;
            }
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
            line = word;
            while (textWidth(line.strip(), face, size) > maxWidth) {
                String head = head(line, face, size, maxWidth);
                lines.add(head);
                line = line.substring(head.length());
            }
        }
        if (!line.isBlank()) {
            lines.add(line.strip());
        }
        return lines;
    }

    /** The longest start of an over-wide word that fits, whole characters only, at least one. */
    private String head(String word, Face face, float size, float maxWidth) {
        List<Integer> ends = Glyphs.characterEnds(word);
        int fits = ends.get(0);
        for (int i = 1; i < ends.size() && textWidth(word.substring(0, ends.get(i)), face, size) <= maxWidth; i++) {
            fits = ends.get(i);
        }
        return word.substring(0, fits);
    }

    record Wrapped(List<String> lines, float size) {

        /** From one line's baseline to the next one's, in millimetres, with {@code spacing} × the size between. */
        float step(float spacing) {
            return size * spacing * 25.4f / 72f;
        }

        /** Draws the lines from the baseline {@code y} down, {@code step} millimetres apart (blank ones as gaps). */
        void draw(Sheet sheet, float x, float y, Face face, float step, float gray) {
            float baseline = y;
            for (String line : lines) {
                if (!line.isBlank()) {
                    sheet.text(line, x, baseline, face, size, gray);
                }
                baseline += step;
            }
        }
    }

    /** Millimetres to PDF points (1/72 inch). */
    static float points(float mm) {
        return mm * 72f / 25.4f;
    }
}
