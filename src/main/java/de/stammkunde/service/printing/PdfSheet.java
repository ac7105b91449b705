package de.stammkunde.service.printing;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** A PDF page (or a part of one, at an offset) as a {@link Sheet}. */
final class PdfSheet implements Sheet {

    /**
     * The fonts of one document. Text in WinAnsi (German, French, …) is set in the standard fonts,
     * which the viewer has: nothing is embedded. Text with other letters ("Łukasz", "Doğan", "Čapek",
     * "Олена") is set in Liberation Sans, which PDFBox carries and which is as wide as Helvetica;
     * only the letters used are embedded, and only when such a text occurs. It has no bold cut, so
     * bold is drawn with an outline, the letters that much further apart.
     */
    static final class Fonts {

        private static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
        /** The outline of a drawn bold, as a share of the text size. */
        private static final float BOLD_OUTLINE = 0.06f;

        private final PDDocument doc;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDType1Font monoBold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
        private PDType0Font unicode;
        private CmapLookup unicodeGlyphs;
        private boolean unicodeLoaded;

        private Fonts(PDDocument doc) {
            this.doc = doc;
        }

        static Fonts of(PDDocument doc) {
            return new Fonts(doc);
        }

        /** How the text is set in the face: which font, which characters, whether bold is drawn. */
        Run run(String text, Face face) throws IOException {
            if (face == Face.MONO_BOLD) {
                return new Run(monoBold, WinAnsi.safe(text), 0f);
            }
            PDType1Font standard = face == Face.BOLD ? bold : regular;
            if (WinAnsi.fits(text)) {
                return new Run(standard, text, 0f);
            }
            if (unicode() == null) {
                return new Run(standard, WinAnsi.safe(text), 0f);
            }
            // Hebrew: PDF sets the letters left to right in the order they come.
            return new Run(unicode, Glyphs.visual(Glyphs.printable(text, cp -> unicodeGlyphs.getGlyphId(cp) > 0)),
                    face == Face.BOLD ? BOLD_OUTLINE : 0f);
        }

        private PDType0Font unicode() throws IOException {
            if (!unicodeLoaded) {
                unicodeLoaded = true;
                try (InputStream in = PDDocument.class.getResourceAsStream(UNICODE_FONT)) {
                    if (in != null) {
                        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                        unicodeGlyphs = ttf.getUnicodeCmapLookup();
                        unicode = PDType0Font.load(doc, ttf, true);
                    }
                }
            }
            return unicode;
        }
    }

    /**
     * Text as it is set: the font, the characters it has, and the outline of a drawn bold as a share
     * of the size (0: none); each letter is that much wider.
     */
    record Run(PDFont font, String text, float outline) {

        float width(float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size + outline * size * (text.codePointCount(0, text.length())
                    + 1);
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
            return fonts.run(text, face).width(size) * 25.4f / 72f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, float x, float y, Face face, float size, float gray) {
        try {
            Run run = fonts.run(text, face);
            if (run.text().isEmpty()) {
                return;
            }
            out.setNonStrokingColor(gray);
            out.beginText();
            out.setFont(run.font(), size);
            if (run.outline() > 0) {
                out.setStrokingColor(gray);
                out.setLineWidth(run.outline() * size);
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setCharacterSpacing(run.outline() * size);
            }
            // Half the outline reaches left of the first letter: start that much further in.
            out.newLineAtOffset(px(x) + run.outline() * size / 2, py(y));
            out.showText(run.text());
            if (run.outline() > 0) {
                out.setRenderingMode(RenderingMode.FILL);
                out.setCharacterSpacing(0);
            }
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
