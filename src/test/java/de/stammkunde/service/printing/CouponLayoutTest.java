package de.stammkunde.service.printing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the coupon's texts land, measured with the fonts of the PDF and of the image: every text whole and
 * readable, inside the margins, out of the QR code's quiet zone, and no line on top of another.
 */
class CouponLayoutTest {

    private static final String SHOP = "Bäckerei & Konditorei Müller-Lüdenscheidt GmbH";
    private static final String CAMPAIGN =
            "Herbstaktion für unsere treuesten Stammkunden im Oktober und November 2026";
    private static final String COMPANY = "Elektro- und Sanitärinstallationen Großhandel Schäfer & Söhne GmbH";
    private static final String FREE_ITEM = "Gratis: eine große Schwarzwälder Kirschtorte mit Sahne und ein Kännchen"
            + " Kaffee nach Wahl";
    private static final float MARGIN = 6f;
    private static final float QR_LEFT = CouponDocuments.WIDTH_MM - 36f - 2f;
    private static final float QR_TOP = 17f;
    private static final float QR_BOTTOM = QR_TOP + 36f;
    private static final float PT = 25.4f / 72f;

    record Drawn(String text, float x, float baseline, float size, float width) {

        float top() {
            return baseline - 0.72f * size * PT;
        }

        float bottom() {
            return baseline + 0.22f * size * PT;
        }
    }

    /** Draws on the real sheet and notes each text with its width as that sheet sets it. */
    static final class Recording implements Sheet {
        private final Sheet real;
        final List<Drawn> texts = new ArrayList<>();

        Recording(Sheet real) {
            this.real = real;
        }

        @Override
        public Sheet at(float x, float y) {
            throw new UnsupportedOperationException();
        }

        @Override
        public float textWidth(String text, Face face, float size) {
            return real.textWidth(text, face, size);
        }

        @Override
        public void text(String text, float x, float y, Face face, float size, float gray) {
            texts.add(new Drawn(text, x, y, size, real.textWidth(text, face, size)));
            real.text(text, x, y, face, size, gray);
        }

        @Override
        public void fillRect(float x, float y, float width, float height, float gray) {
            real.fillRect(x, y, width, height, gray);
        }

        @Override
        public void modules(BitMatrix matrix, float x, float y, float moduleWidth, float moduleHeight) {
            real.modules(matrix, x, y, moduleWidth, moduleHeight);
        }

        @Override
        public void cutLine(float x1, float y1, float x2, float y2) {
            real.cutLine(x1, y1, x2, y2);
        }
    }

    static Stream<PrintableCoupon> awkwardCoupons() {
        return Stream.of(
                new PrintableCoupon(SHOP, CAMPAIGN, FREE_ITEM, "Ab einem Einkauf von 1.234,50 €",
                        "Gültig vom 01.10.2026 bis 31.12.2026", COMPANY, "GN2K-9XPA-C5Y"),
                new PrintableCoupon(SHOP, CAMPAIGN, FREE_ITEM, "", "Gültig vom 01.10.2026 bis 31.12.2026", COMPANY,
                        "GN2K-9XPA-C5Y"),
                new PrintableCoupon(SHOP, CAMPAIGN, "€1,234.50 off", "With a purchase of €25.00 or more",
                        "Valid from Oct 1, 2026 to Dec 31, 2026", "Łukasz Wiśniewski-Kowalczyk", "5CW9-96V4-SBN"),
                new PrintableCoupon(SHOP, CAMPAIGN, "12,5 % Rabatt", "", "Gültig vom 01.10.2026 bis 31.12.2026",
                        COMPANY, "RNR2-DHWR-QLF"),
                new PrintableCoupon(SHOP + " & Co. KG am Marktplatz 12", "Herbst", "12,5 % Rabatt", "",
                        "Gültig vom 01.10.2026 bis 31.12.2026", "Şükrü Öztürk", "RNR2-DHWR-QLF"));
    }

    @ParameterizedTest
    @MethodSource("awkwardCoupons")
    void inThePdfEveryTextIsWholeReadableAndInItsPlace(PrintableCoupon coupon) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(Sheet.points(CouponDocuments.WIDTH_MM),
                    Sheet.points(CouponDocuments.HEIGHT_MM)));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                Recording sheet = new Recording(new PdfSheet(content, PdfSheet.Fonts.of(doc),
                        CouponDocuments.HEIGHT_MM, 0, 0));
                CouponDocuments.draw(sheet, coupon);
                check(coupon, sheet.texts);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("awkwardCoupons")
    void onTheImageEveryTextIsWholeReadableAndInItsPlace(PrintableCoupon coupon) {
        List<Drawn> texts = new ArrayList<>();
        ImageSheet.draw(CouponDocuments.WIDTH_MM, CouponDocuments.HEIGHT_MM, 300, real -> {
            Recording sheet = new Recording(real);
            CouponDocuments.draw(sheet, coupon);
            texts.addAll(sheet.texts);
        });
        check(coupon, texts);
    }

    private static void check(PrintableCoupon coupon, List<Drawn> texts) {
        String all = String.join(" ", texts.stream().map(Drawn::text).toList());
        for (String whole : List.of(coupon.shopName(), coupon.campaignName(), coupon.offer(), coupon.condition(),
                coupon.validity(), coupon.customerName(), coupon.code())) {
            assertTrue(all.contains(whole), "\"" + whole + "\" whole in " + texts);
        }
        assertFalse(all.contains("…"), all);
        List<Drawn> downwards = texts.stream().sorted(Comparator.comparing(Drawn::baseline)).toList();
        for (int i = 0; i < downwards.size(); i++) {
            Drawn text = downwards.get(i);
            assertTrue(text.size() >= 7f, "readable: " + text);
            float right = text.top() < QR_BOTTOM && text.bottom() > QR_TOP ? QR_LEFT - 1f
                    : CouponDocuments.WIDTH_MM - MARGIN;
            assertTrue(text.x() + text.width() <= right + 0.01f, "ends before " + right + ": " + text);
            if (i > 0) {
                assertTrue(downwards.get(i - 1).bottom() <= text.top(), "below the line above: " + text + " after "
                        + downwards.get(i - 1));
            }
        }
        assertTrue(downwards.get(downwards.size() - 1).bottom() <= CouponDocuments.HEIGHT_MM - 4f, "in the margin");
    }
}
