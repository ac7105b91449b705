package de.stammkunde.service.printing;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A PDF page (or a part of one, at an offset) as a {@link Sheet}. */
final class PdfSheet implements Sheet {

    /** The standard fonts, made once per document: the viewer has them, nothing is embedded. */
    record Fonts(PDType1Font regular, PDType1Font bold, PDType1Font monoBold) {
        static Fonts standard() {
            return new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                    new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD));
        }

        PDType1Font of(Face face) {
            return switch (face) {
                case REGULAR -> regular;
                case BOLD -> bold;
                case MONO_BOLD -> monoBold;
            };
        }
    }

    private final PDPageContentStream out;
    private final Fonts fonts;
    private final float pageHeightMm;
    private final float offsetX;
    private final float offsetY;

    PdfSheet(PDPageContentStream out, Fonts fonts, float pageHeightMm, float offsetX, float offsetY) {
        this.out = out;
        this.fonts = fonts;
        this.pageHeightMm = pageHeightMm;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    @Override
    public PdfSheet at(float x, float y) {
        return new PdfSheet(out, fonts, pageHeightMm, x, y);
    }

    private float px(float mm) {
        return Sheet.points(offsetX + mm);
    }

    private float py(float mm) {
        return Sheet.points(pageHeightMm - offsetY - mm);
    }

    @Override
    public float textWidth(String text, Face face, float size) {
        try {
            return fonts.of(face).getStringWidth(WinAnsi.safe(text)) / 1000f * size * 25.4f / 72f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, float x, float y, Face face, float size, float gray) {
        String safe = WinAnsi.safe(text);
        if (safe.isEmpty()) {
            return;
        }
        try {
            out.setNonStrokingColor(gray);
            out.beginText();
            out.setFont(fonts.of(face), size);
            out.newLineAtOffset(px(x), py(y));
            out.showText(safe);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillRect(float x, float y, float width, float height, float gray) {
        try {
            out.setNonStrokingColor(gray);
            out.addRect(px(x), py(y + height), Sheet.points(width), Sheet.points(height));
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void modules(BitMatrix matrix, float x, float y, float moduleWidth, float moduleHeight) {
        try {
            out.setNonStrokingColor(0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < matrix.getWidth() && matrix.get(col, row)) {
                        col++;
                    }
                    float top = y + row * moduleHeight;
                    out.addRect(px(x + start * moduleWidth), py(top + moduleHeight),
                            Sheet.points((col - start) * moduleWidth), Sheet.points(moduleHeight));
                }
            }
            // One fill for all rectangles: adjacent rows then have no hairline gaps between them.
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void cutLine(float x1, float y1, float x2, float y2) {
        try {
            out.setStrokingColor(0.6f);
            out.setLineWidth(0.5f);
            out.setLineDashPattern(new float[] {3, 3}, 0);
            out.moveTo(px(x1), py(y1));
            out.lineTo(px(x2), py(y2));
            out.stroke();
            out.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
