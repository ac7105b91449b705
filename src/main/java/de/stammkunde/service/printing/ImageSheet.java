package de.stammkunde.service.printing;

import com.google.zxing.common.BitMatrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** An image at a given resolution (or a part of one, at an offset) as a {@link Sheet}; white to begin with. */
final class ImageSheet implements Sheet {

    private final BufferedImage image;
    private final Graphics2D g;
    private final float pxPerMm;
    private final float offsetX;
    private final float offsetY;

    private ImageSheet(ImageSheet whole, float offsetX, float offsetY) {
        this.image = whole.image;
        this.g = whole.g;
        this.pxPerMm = whole.pxPerMm;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    private ImageSheet(float widthMm, float heightMm, int dpi) {
        this.pxPerMm = dpi / 25.4f;
        this.offsetX = 0;
        this.offsetY = 0;
        this.image = new BufferedImage(Math.round(widthMm * pxPerMm), Math.round(heightMm * pxPerMm),
                BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        // Bars and modules with hard edges: a scanner wants black and white, not grey fringes.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
    }

    /** A white image of the given size in millimetres, with the layout drawn on it. */
    static BufferedImage draw(float widthMm, float heightMm, int dpi, java.util.function.Consumer<Sheet> layout) {
        ImageSheet sheet = new ImageSheet(widthMm, heightMm, dpi);
        try {
            layout.accept(sheet);
        } finally {
            sheet.g.dispose();
        }
        return sheet.image;
    }

    @Override
    public Sheet at(float x, float y) {
        return new ImageSheet(this, x, y);
    }

    /** Millimetres across the whole image to pixels. */
    private float px(float mm) {
        return (offsetX + mm) * pxPerMm;
    }

    private float py(float mm) {
        return (offsetY + mm) * pxPerMm;
    }

    private Font font(Face face, float size) {
        // Points to pixels: the drawing is in pixels, the size in points.
        float pixels = size * 25.4f / 72f * pxPerMm;
        return switch (face) {
            case REGULAR -> new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(pixels);
            case BOLD -> new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(pixels);
            case MONO_BOLD -> new Font(Font.MONOSPACED, Font.BOLD, 1).deriveFont(pixels);
        };
    }

    private static Color gray(float gray) {
        int v = Math.round(Math.max(0f, Math.min(1f, gray)) * 255);
        return new Color(v, v, v);
    }

    /**
     * Only what the font can show: a character it lacks would be drawn as a box (see {@link Glyphs}); a tab
     * or line break as a space, as in the PDF (drawn as it is, "Anna\tMüller" read "AnnaMüller").
     */
    private static String shown(String text, Font font) {
        return text == null || font.canDisplayUpTo(text) == -1 && text.chars().noneMatch(Character::isISOControl)
                ? text : Glyphs.printable(text, font::canDisplay);
    }

    @Override
    public float textWidth(String text, Face face, float size) {
        Font font = font(face, size);
        return (float) font.getStringBounds(shown(text, font), g.getFontRenderContext()).getWidth() / pxPerMm;
    }

    @Override
    public void text(String text, float x, float y, Face face, float size, float gray) {
        Font font = font(face, size);
        String shown = shown(text, font);
        if (shown == null || shown.isEmpty()) {
            return;
        }
        g.setFont(font);
        g.setColor(gray(gray));
        g.drawString(shown, px(x), py(y));
    }

    @Override
    public void fillRect(float x, float y, float width, float height, float gray) {
        g.setColor(gray(gray));
        g.fill(new Rectangle2D.Float(px(x), py(y), width * pxPerMm, height * pxPerMm));
    }

    @Override
    public void modules(BitMatrix matrix, float x, float y, float moduleWidth, float moduleHeight) {
        g.setColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    // Whole pixels from edge to edge: neighbouring modules never leave a gap or overlap.
                    int left = Math.round(px(x + col * moduleWidth));
                    int right = Math.round(px(x + (col + 1) * moduleWidth));
                    int top = Math.round(py(y + row * moduleHeight));
                    int bottom = Math.round(py(y + (row + 1) * moduleHeight));
                    g.fillRect(left, top, right - left, bottom - top);
                }
            }
        }
    }

    @Override
    public void cutLine(float x1, float y1, float x2, float y2) {
        g.setColor(gray(0.6f));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {12f, 12f}, 0f));
        g.draw(new Line2D.Float(px(x1), py(y1), px(x2), py(y2)));
    }
}
