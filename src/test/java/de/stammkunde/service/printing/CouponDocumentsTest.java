package de.stammkunde.service.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.service.Progress;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouponDocumentsTest {

    @TempDir
    Path dir;
    private final CouponDocuments documents = new CouponDocuments();

    static PrintableCoupon coupon(int i) {
        return new PrintableCoupon("Bäckerei Groß", "Geburtstag November", "10 % Rabatt", "",
                "gültig bis 31.12.2026", "Anna Müller", "K7QX-M4PW-" + i);
    }

    static List<PrintableCoupon> coupons(int n) {
        return IntStream.range(0, n).mapToObj(CouponDocumentsTest::coupon).toList();
    }

    /** Records progress; cancels once {@code cancelAfter} coupons are done. */
    static final class Recorder implements Progress {
        final List<Long> done = new ArrayList<>();
        final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long d, long total) {
            done.add(d);
        }

        @Override
        public boolean isCancelled() {
            return done.size() >= cancelAfter;
        }
    }

    @Test
    void campaignPdfPutsEightCouponsOnEachA4Page() throws IOException {
        Path file = dir.resolve("kampagne.pdf");

        documents.writePdf(coupons(17), file, Progress.NONE);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(3, pdf.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1.0);
            assertEquals(PDRectangle.A4.getHeight(), pdf.getPage(0).getMediaBox().getHeight(), 1.0);
        }
    }

    @Test
    void singleCouponPdfIsOnePageOfCouponSizeWithAllItsTexts() throws IOException {
        Path file = dir.resolve("gutschein.pdf");

        documents.writePdf(List.of(coupon(1)), file, Progress.NONE);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(105 / 25.4 * 72, pdf.getPage(0).getMediaBox().getWidth(), 1.0);
        }
        String text = CardDocumentsTest.text(file);
        for (String expected : List.of("Bäckerei Groß", "Geburtstag November", "10 % Rabatt",
                "gültig bis 31.12.2026", "Anna Müller", "K7QX-M4PW-1")) {
            assertTrue(text.contains(expected), expected + " missing in " + text);
        }
    }

    @Test
    void aFreeItemInManyWordsIsPrintedWholeOnSeveralLinesAndTheCodeStillReads() throws IOException {
        String offer = "Gratis: ein großer Cappuccino nach Wahl mit einem Stück Kuchen aus der Theke";
        PrintableCoupon coupon = new PrintableCoupon("Café Sonne", "Herbst", offer, "",
                "24.11.2026 – 24.12.2026",
                "Anna Müller", "K7QX-M4PW-7");
        Path file = dir.resolve("gutschein.pdf");

        documents.writePdf(List.of(coupon), file, Progress.NONE);

        String text = CardDocumentsTest.text(file).replaceAll("\\s+", " ");
        assertTrue(text.contains(offer), text);
        assertFalse(text.contains("…"), text);
        assertTrue(text.contains("24.11.2026 – 24.12.2026 Anna Müller"), "validity and name below the offer: " + text);
        assertEquals(Optional.of("K7QX-M4PW-7"), CouponDocuments.readQr(documents.image(coupon, 300)));
    }

    @Test
    void aMinimumPurchaseIsPrintedWithTheOffer() throws IOException {
        PrintableCoupon coupon = new PrintableCoupon("Café Sonne", "Herbst", "10 % Rabatt",
                "Ab einem Einkauf von 20,00 €", "Gültig vom 24.11.2026 bis 24.12.2026", "Anna Müller", "K7QX-M4PW-7");
        Path file = dir.resolve("gutschein.pdf");

        documents.writePdf(List.of(coupon), file, Progress.NONE);

        String text = CardDocumentsTest.text(file).replaceAll("\\s+", " ");
        assertTrue(text.contains("10 % Rabatt Ab einem Einkauf von 20,00 € Gültig vom 24.11.2026 bis 24.12.2026 "
                + "Anna Müller"), text);
    }

    @Test
    void progressIsReportedForEveryCoupon() throws IOException {
        Recorder progress = new Recorder(Integer.MAX_VALUE);

        documents.writePdf(coupons(10), dir.resolve("kampagne.pdf"), progress);

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), progress.done);
    }

    @Test
    void cancelStopsAndLeavesNoFile() {
        Path file = dir.resolve("kampagne.pdf");
        Recorder progress = new Recorder(5);

        assertThrows(CancellationException.class, () -> documents.writePdf(coupons(40), file, progress));

        assertEquals(5, progress.done.size());
        assertFalse(Files.exists(file));
        assertEquals(0, dir.toFile().list().length);
    }

    @Test
    void cancelKeepsAnOlderFileOfTheSameNameAsItWas() throws IOException {
        Path file = dir.resolve("kampagne.pdf");
        Files.writeString(file, "older");

        assertThrows(CancellationException.class, () -> documents.writePdf(coupons(40), file, new Recorder(3)));

        assertEquals("older", Files.readString(file));
    }

    @Test
    void customerNameOutsideWinAnsiIsPrintedAsItIsAndDoesNotFailTheCampaign() throws IOException {
        Path file = dir.resolve("kampagne.pdf");
        PrintableCoupon polish = new PrintableCoupon("Sklep", "Urodziny", "10 % zniżki", "", "do 31.12.2026",
                "Łukasz Żółć", "AB12-CD34-EF");

        documents.writePdf(List.of(polish, coupon(2)), file, Progress.NONE);

        String text = CardDocumentsTest.text(file);
        assertTrue(text.contains("Łukasz Żółć"), text);
        assertTrue(text.contains("10 % zniżki"), text);
    }

    @Test
    void aHebrewNameReadsRightToLeftInThePdf() throws IOException {
        Path file = dir.resolve("gutschein.pdf");
        PrintableCoupon hebrew = new PrintableCoupon("Bäckerei Groß", "Sommer", "10 % Rabatt", "", "",
                "דוד כהן", "SOMMER-26");

        documents.writePdf(List.of(hebrew), file, Progress.NONE);

        // The text extraction, like a viewer's search, reads what is drawn; drawn in the order typed,
        // it read 'ןהכ דוד'.
        String text = CardDocumentsTest.text(file);
        assertTrue(text.contains("דוד כהן"), text);
    }

    @Test
    void couponPngQrCodeScansBackToTheCode() throws IOException {
        Path file = dir.resolve("gutschein.png");

        documents.writePng(coupon(7), file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1240, image.getWidth());
        assertEquals(Optional.of("K7QX-M4PW-7"), Barcodes.decode(image));
    }

    @Test
    void sharedCodeWithoutCustomerOrShopNameStillPrints() throws IOException {
        Path file = dir.resolve("gutschein.pdf");

        documents.writePdf(List.of(new PrintableCoupon("", "Sommer", "5,00 € Rabatt", "", "", "", "SOMMER-26")), file,
                Progress.NONE);

        String text = CardDocumentsTest.text(file);
        assertTrue(text.contains("Stammkunde"), text);
        assertTrue(text.contains("5,00 € Rabatt"), text);
    }

    @Test
    void aTabOrLineBreakInANameIsASpaceOnThePrintedSheetAsInThePdf() {
        PrintableCoupon spaced = new PrintableCoupon("Bäckerei Groß", "Sommer", "10 % Rabatt", "", "", "Anna Müller",
                "SOMMER-26");
        PrintableCoupon tabbed = new PrintableCoupon("Bäckerei\nGroß", "Sommer", "10 % Rabatt", "", "",
                "Anna\tMüller", "SOMMER-26");

        BufferedImage expected = documents.image(spaced, 100);
        BufferedImage image = documents.image(tabbed, 100);

        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), image.getRGB(x, y), "at " + x + "," + y);
            }
        }
    }

    @Test
    void printedSheetHoldsEightCouponsInTheirCellsLikeThePdf() {
        List<PrintableCoupon> coupons = coupons(11);

        BufferedImage second = documents.page(coupons, 1, 150);

        assertEquals(2, CouponDocuments.pages(coupons.size()));
        assertEquals(1240, second.getWidth(), "210 mm at 150 dpi");
        assertEquals(1754, second.getHeight(), "297 mm at 150 dpi");
        // Page 1 holds coupons 8, 9, 10: the third in the left cell of the second row.
        int cellWidth = Math.round(CouponDocuments.WIDTH_MM / 25.4f * 150);
        int cellHeight = Math.round(CouponDocuments.HEIGHT_MM / 25.4f * 150);
        assertEquals(Optional.of("K7QX-M4PW-9"), Barcodes.decode(second.getSubimage(cellWidth, 0, cellWidth,
                cellHeight)));
        assertEquals(Optional.of("K7QX-M4PW-10"), Barcodes.decode(second.getSubimage(0, cellHeight, cellWidth,
                cellHeight)));
        assertEquals(Optional.empty(), Barcodes.decode(second.getSubimage(cellWidth, cellHeight, cellWidth,
                cellHeight)), "no fourth coupon on the last sheet");
    }

    @Test
    void longTextsStayOutOfTheQrCodesQuietZoneAndTheCodeReadsWhereItSits() {
        String longText = "Herbst-Winter-Frühlings-Sommer-Aktion für unsere allerliebsten Stammkunden";
        PrintableCoupon coupon = new PrintableCoupon("Bäckerei und Konditorei Großmann am Marktplatz GmbH & Co. KG",
                longText, "Gratis: ein großer Kaffee nach Wahl mit Kuchen", longText, longText, longText,
                "W88T-7VG4-73L");

        BufferedImage image = documents.image(coupon, 300);

        // The quiet zone: four of the 29 modules left of the code, over the code's height.
        float pxPerMm = 300 / 25.4f;
        int left = Math.round((CouponDocuments.WIDTH_MM - 36f - 2f) * pxPerMm);
        int quiet = (int) (36f * 4 / 29 * pxPerMm) - 1;
        for (int y = Math.round(17f * pxPerMm); y < Math.round(53f * pxPerMm); y++) {
            for (int x = left; x < left + quiet; x++) {
                assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "white at " + x + "," + y);
            }
        }
        // A code ZXing's search of the whole picture happens to miss; aimed at, it reads.
        assertEquals(Optional.of("W88T-7VG4-73L"), CouponDocuments.readQr(image));
    }
}
