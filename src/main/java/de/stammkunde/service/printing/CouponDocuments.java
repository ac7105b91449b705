package de.stammkunde.service.printing;

import com.google.zxing.common.BitMatrix;
import de.stammkunde.service.Progress;
import de.stammkunde.service.printing.Sheet.Face;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Coupons as files: one coupon as PDF or PNG, a whole campaign as one PDF (eight coupons per A4
 * page, with dashed cut lines) or as the same sheets one image at a time for the printer. Each
 * coupon is an A7 card (105 × 74.25 mm): shop, campaign, offer and its condition, validity, customer,
 * and the code as text and as a QR code.
 */
public final class CouponDocuments {

    public static final float WIDTH_MM = 105f;
    public static final float HEIGHT_MM = 74.25f;
    public static final int COLUMNS = 2;
    public static final int ROWS = 4;
    public static final int PER_PAGE = COLUMNS * ROWS;
    public static final int PNG_DPI = 300;

    public static final float A4_WIDTH_MM = 210f;
    public static final float A4_HEIGHT_MM = 297f;
    private static final float MARGIN = 6f;
    private static final float QR_SIZE = 36f;
    private static final float QR_TOP = 17f;
    private static final float QR_RIGHT = 2f;
    /** Where the offer's capitals begin, below the campaign's name. */
    private static final float OFFER_TOP = 26.9f;
    private static final float OFFER_ONE_LINE_MIN = 14f;
    /** Where the code's baseline is, at the foot of the coupon. */
    private static final float CODE_BASELINE = HEIGHT_MM - MARGIN - 2f;
    /** The lowest baseline of a line above the code, clear of its capitals. */
    private static final float LAST_BASELINE_ABOVE_CODE = CODE_BASELINE - 4.75f;
    /** A name too long for one line is set on two of this size (down to {@link #TWO_LINES_MIN}). */
    private static final float TWO_LINES_SIZE = 8f;
    private static final float TWO_LINES_MIN = 7f;
    /** The height of the capitals of the sans-serif faces, as a share of the size. */
    private static final float CAP_HEIGHT = 0.72f;
    /** Millimetres per point. */
    private static final float PT = 25.4f / 72f;
    /** From one 9-point line below the offer (condition, validity, customer) to the next. */
    private static final float SMALL_LINE = 5.5f;

    /**
     * A coupon PDF (one coupon: a page of its own size) or a campaign PDF (many: A4 sheets),
     * reporting progress per coupon and stopping on cancel ({@link java.util.concurrent.CancellationException};
     * no file is left behind, an older file of the same name stays as it was).
     */
    public void writePdf(List<PrintableCoupon> coupons, Path target, Progress progress) throws IOException {
        if (coupons.isEmpty()) {
            throw new IllegalArgumentException("No coupons to write");
        }
        boolean single = coupons.size() == 1;
        AtomicFile.writePdf(target, coupons.get(0).campaignName(), doc -> {
            PdfSheet.Fonts fonts = PdfSheet.Fonts.of(doc);
            float pageWidth = single ? WIDTH_MM : A4_WIDTH_MM;
            float pageHeight = single ? HEIGHT_MM : A4_HEIGHT_MM;
            for (int page = 0; page < pages(coupons.size()); page++) {
                PDPage pdfPage = new PDPage(new PDRectangle(Sheet.points(pageWidth), Sheet.points(pageHeight)));
                doc.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
                    PdfSheet sheet = new PdfSheet(content, fonts, pageHeight, 0, 0);
                    if (single) {
                        draw(sheet, coupons.get(0));
                        progress.update(1, 1);
                    } else {
                        drawPage(sheet, coupons, page, progress);
                    }
                }
            }
            progress.checkCancelled();
        });
    }

    /** How many A4 sheets the coupons fill. */
    public static int pages(long coupons) {
        return Math.toIntExact((coupons + PER_PAGE - 1) / PER_PAGE);
    }

    /** One A4 sheet of the campaign (page 0 holds coupons 0 to 7) as an image, e.g. for the printer. */
    public BufferedImage page(List<PrintableCoupon> coupons, int page, int dpi) {
        return ImageSheet.draw(A4_WIDTH_MM, A4_HEIGHT_MM, dpi, sheet -> drawPage(sheet, coupons, page, Progress.NONE));
    }

    /** Eight coupons on one A4 sheet, with cut lines between them; progress counts coupons. */
    private static void drawPage(Sheet sheet, List<PrintableCoupon> coupons, int page, Progress progress) {
        int first = page * PER_PAGE;
        int last = Math.min(coupons.size(), first + PER_PAGE);
        for (int i = first; i < last; i++) {
            progress.checkCancelled();
            int cell = i - first;
            draw(sheet.at((cell % COLUMNS) * WIDTH_MM, (cell / COLUMNS) * HEIGHT_MM), coupons.get(i));
            progress.update(i + 1L, coupons.size());
        }
        cutLines(sheet, last - first);
    }

    /** One coupon as a PNG image (300 dpi: 1240 × 877 pixels). */
    public void writePng(PrintableCoupon coupon, Path target) throws IOException {
        Png.save(image(coupon, PNG_DPI), PNG_DPI, target);
    }

    /**
     * The code in a coupon's QR code, read where the code sits on the coupon image (any resolution),
     * as a scanner aimed at it reads it; empty when it cannot be read. See {@link Barcodes#decodeQr}.
     */
    public static Optional<String> readQr(BufferedImage coupon) {
        float pxPerMm = coupon.getWidth() / WIDTH_MM;
        int x = Math.round((WIDTH_MM - QR_SIZE - QR_RIGHT) * pxPerMm);
        int y = Math.round(QR_TOP * pxPerMm);
        int size = Math.min(Math.round(QR_SIZE * pxPerMm), Math.min(coupon.getWidth() - x, coupon.getHeight() - y));
        return Barcodes.decodeQr(coupon.getSubimage(x, y, size, size));
    }

    /** One coupon as an image at the given resolution, e.g. for the screen. */
    public BufferedImage image(PrintableCoupon coupon, int dpi) {
        return ImageSheet.draw(WIDTH_MM, HEIGHT_MM, dpi, sheet -> draw(sheet, coupon));
    }

    /** The lines between the used cells, across the whole sheet so that one cut serves a row. */
    private static void cutLines(Sheet sheet, int used) {
        int rows = (used + COLUMNS - 1) / COLUMNS;
        sheet.cutLine(WIDTH_MM, 0, WIDTH_MM, rows * HEIGHT_MM);
        for (int row = 1; row <= rows && row < ROWS; row++) {
            sheet.cutLine(0, row * HEIGHT_MM, A4_WIDTH_MM, row * HEIGHT_MM);
        }
    }

    /** One coupon at the sheet's origin (package-private for the layout tests). */
    static void draw(Sheet sheet, PrintableCoupon coupon) {
        // One QR matrix per coupon, drawn as rectangles straight from it: no image per coupon.
        BitMatrix qr = Barcodes.qrMatrix(coupon.code());
        // The matrix includes its white quiet zone, so it may reach close to the edge.
        float module = QR_SIZE / qr.getWidth();
        float qrLeft = WIDTH_MM - QR_SIZE - QR_RIGHT;
        float qrTop = QR_TOP;
        sheet.modules(qr, qrLeft, qrTop, module, module);

        float left = MARGIN;
        // Beside the code the text keeps out of its quiet zone (part of the matrix): text there can
        // keep a scanner from finding the code. Above and below it, the whole width.
        float besideQr = qrLeft - left - 1f;
        float full = WIDTH_MM - 2 * MARGIN;
        String shopName = coupon.shopName() == null || coupon.shopName().isBlank()
                ? CardDocuments.FALLBACK_SHOP_NAME : coupon.shopName();
        sheet.shopName(shopName.strip(), left, full, 11f, 11f, 7.5f, 11.8f);
        sheet.fillRect(left, 13.5f, full, 0.35f, 0.35f);
        campaignName(sheet, coupon.campaignName(), left, besideQr);
        float y = offer(sheet, coupon.offer(), left, besideQr);
        if (coupon.condition() != null && !coupon.condition().isBlank()) {
            line(sheet, coupon.condition(), left, y, Face.REGULAR, 9f, besideQr, 0f);
            y += SMALL_LINE;
        }
        line(sheet, coupon.validity(), left, y, Face.REGULAR, 9f, besideQr, 0.25f);
        customerName(sheet, coupon.customerName(), left, y + SMALL_LINE, besideQr, full);
        line(sheet, coupon.code(), left, CODE_BASELINE, Face.MONO_BOLD, 14f, full, 0f);
    }

    /**
     * The campaign's name in 10 pt, on one line down to 8 pt; a longer one ("Herbstaktion für unsere treuesten
     * Stammkunden …") on two lines, rather than in letters too small to read or cut after a few words.
     */
    private static void campaignName(Sheet sheet, String text, float x, float width) {
        Sheet.Wrapped name = name(sheet, text, 10f, 8f, width, 2);
        // Two lines end a little lower than one, still well above the offer.
        float y = name.lines().size() == 1 ? 20f : 21.3f - (name.lines().size() - 1) * lineStep(name.size());
        lines(sheet, name, x, y, 0.25f);
    }

    /**
     * The customer's name (a company's may be long) on one line down to 7.5 pt, else on two where there is room
     * above the code; beside the QR code it keeps out of its quiet zone, lower down it has the whole width.
     */
    private static void customerName(Sheet sheet, String text, float x, float y, float besideQr, float full) {
        boolean belowQr = y - 9f * CAP_HEIGHT * PT >= QR_TOP + QR_SIZE;
        int maxLines = y + lineStep(TWO_LINES_SIZE) <= LAST_BASELINE_ABOVE_CODE ? 2 : 1;
        lines(sheet, name(sheet, text, 9f, 7.5f, belowQr ? full : besideQr, maxLines), x, y, 0.25f);
    }

    /**
     * A name as large as fits on one line between {@code size} and {@code minSize}; else on up to {@code maxLines}
     * lines of {@value #TWO_LINES_SIZE} down to {@value #TWO_LINES_MIN} pt; shortened with … only beyond those
     * (on one line: in letters down to 0.6 of the size first, as any other line).
     */
    private static Sheet.Wrapped name(Sheet sheet, String text, float size, float minSize, float width,
            int maxLines) {
        String name = text == null ? "" : text.strip();
        Sheet.Fitted one = sheet.fit(name, Face.REGULAR, size, minSize, width);
        if (one.text().equals(name)) {
            return new Sheet.Wrapped(List.of(name), one.size());
        }
        if (maxLines < 2) {
            Sheet.Fitted smaller = sheet.fit(name, Face.REGULAR, size, size * 0.6f, width);
            return new Sheet.Wrapped(List.of(smaller.text()), smaller.size());
        }
        return sheet.wrap(name, Face.REGULAR, TWO_LINES_SIZE, TWO_LINES_MIN, width, maxLines);
    }

    private static void lines(Sheet sheet, Sheet.Wrapped lines, float x, float firstBaseline, float gray) {
        lines.draw(sheet, x, firstBaseline, Face.REGULAR, lineStep(lines.size()), gray);
    }

    /** From one line's baseline to the next one's, in millimetres. */
    private static float lineStep(float size) {
        return size * 1.2f * PT;
    }

    /**
     * What the coupon gives, large: on one line down to {@value #OFFER_ONE_LINE_MIN} pt, else (a free
     * item in many words) on up to three smaller lines, or four of 10 down to 9 pt (a free item of a hundred
     * letters), so that the customer reads what they get. Returns the baseline for the line below it.
     */
    private static float offer(Sheet sheet, String text, float x, float width) {
        String offer = text == null ? "" : text.strip();
        Sheet.Fitted one = sheet.fit(offer, Face.BOLD, 20f, OFFER_ONE_LINE_MIN, width);
        if (one.text().equals(offer)) {
            sheet.text(offer, x, 32f, Face.BOLD, one.size(), 0f);
            return 40f;
        }
        Sheet.Wrapped wrapped = sheet.wrap(offer, Face.BOLD, OFFER_ONE_LINE_MIN, 10f, width, 3);
        if (!String.join("", wrapped.lines()).replaceAll("\\s", "").equals(offer.replaceAll("\\s", ""))) {
            // Four lines of 10 pt end no lower than three of 14 pt: the lines below keep their place.
            wrapped = sheet.wrap(offer, Face.BOLD, 10f, 9f, width, 4);
        }
        float step = lineStep(wrapped.size());
        // The first line's capitals begin where those of a one-line offer do.
        float y = OFFER_TOP + wrapped.size() * CAP_HEIGHT * PT;
        wrapped.draw(sheet, x, y, Face.BOLD, step, 0f);
        return y + (wrapped.lines().size() - 1) * step + 6.5f;
    }

    private static void line(Sheet sheet, String text, float x, float y, Face face, float size, float width,
            float gray) {
        if (text == null || text.isBlank()) {
            return;
        }
        Sheet.Fitted fitted = sheet.fit(text.strip(), face, size, size * 0.6f, width);
        sheet.text(fitted.text(), x, y, face, fitted.size(), gray);
    }
}
