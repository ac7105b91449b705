package de.stammkunde.service.printing;

import com.google.zxing.common.BitMatrix;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.service.printing.Sheet.Face;
import de.stammkunde.service.settings.SettingsService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The customer card at credit-card size (ID-1, 85.6 × 54 mm): shop name, customer name, the
 * EAN-13 barcode and its number in digits, as a one-page PDF or a 300 dpi PNG.
 */
public final class CardDocuments {

    public static final float WIDTH_MM = 85.6f;
    public static final float HEIGHT_MM = 54f;
    public static final int PNG_DPI = 300;
    /** Printed when the owner has not entered the shop's name yet. */
    public static final String FALLBACK_SHOP_NAME = "Stammkunde";

    private static final float MARGIN = 5f;
    /** 0.5 mm per module: 1.5 × the EAN nominal size, easy for any scanner. */
    private static final float MODULE = 0.5f;
    private static final float BARS_TOP = 23f;
    private static final float BARS_HEIGHT = 19f;

    private final SettingsService settings;

    public CardDocuments(SettingsService settings) {
        this.settings = settings;
    }

    /** The card to print for a customer; reads the shop's name (a database call: not on the FX thread). */
    public PrintableCard printable(String customerName, String number) {
        String shop = settings.shopName();
        return new PrintableCard(shop.isBlank() ? FALLBACK_SHOP_NAME : shop, customerName, number);
    }

    public void writePdf(PrintableCard card, Path target) throws IOException {
        BitMatrix bars = Barcodes.ean13Matrix(card.number());
        AtomicFile.writePdf(target, card.shopName() + " " + card.number(), doc -> {
            PDPage page = new PDPage(new PDRectangle(Sheet.points(WIDTH_MM), Sheet.points(HEIGHT_MM)));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                draw(new PdfSheet(content, PdfSheet.Fonts.of(doc), HEIGHT_MM, 0, 0), card, bars);
            }
        });
    }

    public void writePng(PrintableCard card, Path target) throws IOException {
        Png.save(image(card, PNG_DPI), PNG_DPI, target);
    }

    /** The card as an image at the given resolution (300 dpi: 1011 × 638 pixels), e.g. for the screen or a printer. */
    public BufferedImage image(PrintableCard card, int dpi) {
        BitMatrix bars = Barcodes.ean13Matrix(card.number());
        return ImageSheet.draw(WIDTH_MM, HEIGHT_MM, dpi, sheet -> draw(sheet, card, bars));
    }

    /**
     * The customer's name on one line down to 8 pt; a longer one (a company of 60 letters) on two
     * smaller lines above the bars, shortened with … only beyond those.
     */
    private static void name(Sheet sheet, String name, float width) {
        Sheet.Fitted one = sheet.fit(name, Face.REGULAR, 10f, 8f, width);
        if (one.text().equals(name)) {
            sheet.text(name, MARGIN, 18.5f, Face.REGULAR, one.size(), 0.1f);
            return;
        }
        Sheet.Wrapped two = sheet.wrap(name, Face.REGULAR, 8f, 6.5f, width, 2);
        two.draw(sheet, MARGIN, 16.6f, Face.REGULAR, two.step(1.15f), 0.1f);
    }

    private static void draw(Sheet sheet, PrintableCard card, BitMatrix bars) {
        float inner = WIDTH_MM - 2 * MARGIN;
        sheet.shopName(card.shopName(), MARGIN, inner, 13f, 9.5f, 7f, 10f);
        sheet.fillRect(MARGIN, 12f, inner, 0.35f, 0.35f);
        name(sheet, card.customerName() == null ? "" : card.customerName().strip(), inner);

        float barsWidth = bars.getWidth() * MODULE;
        sheet.modules(bars, (WIDTH_MM - barsWidth) / 2, BARS_TOP, MODULE, BARS_HEIGHT / bars.getHeight());
        String digits = CardNumbers.printed(card.number());
        float digitsWidth = sheet.textWidth(digits, Face.REGULAR, 9f);
        sheet.text(digits, (WIDTH_MM - digitsWidth) / 2, BARS_TOP + BARS_HEIGHT + 4f, Face.REGULAR, 9f, 0f);
    }
}
