package de.stammkunde.service.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.service.settings.SettingsService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardDocumentsTest {

    private static final String NUMBER = CardNumbers.of(4711);
    private static final PrintableCard CARD = new PrintableCard("Bäckerei Groß", "Anna Müller", NUMBER);

    @TempDir
    Path dir;
    private Database db;
    private CardDocuments documents;

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        documents = new CardDocuments(new SettingsService(db.jdbi()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void cardPdfIsOnePageAtCreditCardSize() throws IOException {
        Path file = dir.resolve("karte.pdf");

        documents.writePdf(CARD, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(85.6 / 25.4 * 72, box.getWidth(), 1.0);
            assertEquals(54 / 25.4 * 72, box.getHeight(), 1.0);
        }
    }

    @Test
    void cardPdfShowsShopCustomerAndGroupedNumberWithUmlauts() throws IOException {
        Path file = dir.resolve("karte.pdf");

        documents.writePdf(CARD, file);

        String text = text(file);
        assertTrue(text.contains("Bäckerei Groß"), text);
        assertTrue(text.contains("Anna Müller"), text);
        assertTrue(text.contains(CardNumbers.printed(NUMBER)), text);
    }

    @Test
    void polishTurkishCzechAndCyrillicLettersArePrintedAsTheyAreAndAnEmojiIsLeftOut() throws IOException {
        Path file = dir.resolve("karte.pdf");

        documents.writePdf(new PrintableCard("Sklep Żabka 🛒", "Łukasz Żółć 😀 Şükrü Doğan Čapek Олена", NUMBER),
                file);

        String text = text(file);
        assertTrue(text.contains("Łukasz Żółć Şükrü Doğan Čapek Олена"), text);
        assertTrue(text.contains("Sklep Żabka"), text);
        assertFalse(text.contains("?"), text);
        assertEquals(Optional.of(NUMBER), Barcodes.decode(render(file)));
    }

    @Test
    void aCompanyNameTooLongForOneLineIsPrintedWholeOnTwoAndTheBarcodeStillScans() throws IOException {
        String company = "Müller & Söhne Handelsgesellschaft für Büro- und Schreibwaren mbH";
        Path file = dir.resolve("karte.pdf");

        documents.writePdf(new PrintableCard("Bäckerei Groß", company, NUMBER), file);

        String text = text(file).replaceAll("\\s+", " ");
        assertTrue(text.contains(company), text);
        assertFalse(text.contains("…"), text);
        assertEquals(Optional.of(NUMBER), Barcodes.decode(render(file)));
        assertEquals(Optional.of(NUMBER), Barcodes.decode(documents.image(new PrintableCard("Bäckerei Groß", company,
                NUMBER), CardDocuments.PNG_DPI)));
    }

    @Test
    void aShopNameTooLongForOneLineIsPrintedWholeOnTwoAndTheBarcodeStillScans() throws IOException {
        String shop = "Bäckerei & Konditorei Müller-Lüdenscheidt GmbH & Co. KG am Marktplatz";
        PrintableCard card = new PrintableCard(shop, "Łukasz Wiśniewski-Kowalczyk", NUMBER);
        Path file = dir.resolve("karte.pdf");

        documents.writePdf(card, file);

        String text = text(file).replaceAll("\\s+", " ");
        assertTrue(text.contains(shop + " Łukasz Wiśniewski-Kowalczyk"), text);
        assertFalse(text.contains("…"), text);
        assertEquals(Optional.of(NUMBER), Barcodes.decode(render(file)));
        assertEquals(Optional.of(NUMBER), Barcodes.decode(documents.image(card, CardDocuments.PNG_DPI)));
    }

    @Test
    void onThePngAnEmojiTheFontLacksIsLeftOutRatherThanDrawnAsABox() {
        BufferedImage withEmoji = documents.image(new PrintableCard("Laden", "Anna \uDB80\uDC00 Müller", NUMBER), 150);
        BufferedImage without = documents.image(new PrintableCard("Laden", "Anna Müller", NUMBER), 150);

        // A private-use character no font has: the card looks as if it were not there.
        for (int y = 0; y < without.getHeight(); y++) {
            for (int x = 0; x < without.getWidth(); x++) {
                assertEquals(without.getRGB(x, y), withEmoji.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void cardPngIsCreditCardSizeAt300DpiAndItsBarcodeScansBackToTheNumber() throws IOException {
        Path file = dir.resolve("karte.png");

        documents.writePng(CARD, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1011, image.getWidth());
        assertEquals(638, image.getHeight());
        assertEquals(Optional.of(NUMBER), Barcodes.decode(image));
    }

    @Test
    void withoutAShopNameTheCardSaysStammkunde() {
        assertEquals("Stammkunde", documents.printable("Anna Müller", NUMBER).shopName());
    }

    @Test
    void theOwnersShopNameIsPrinted() {
        new SettingsService(db.jdbi()).setShopName("Radhaus Köln");

        assertEquals("Radhaus Köln", documents.printable("Anna Müller", NUMBER).shopName());
    }

    @Test
    void savingOverAnOlderFileReplacesItAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("karte.pdf");
        Files.writeString(file, "old");

        documents.writePdf(CARD, file);

        assertTrue(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    /** The first page at 150 dpi, as a printer or a viewer shows it. */
    static BufferedImage render(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 150);
        }
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
