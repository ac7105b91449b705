package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatTest {

    @TempDir
    Path dir;

    /** A header and {@code rows} rows of plain ASCII (more than the sample), then {@code last}. */
    private Path longFile(String last, java.nio.charset.Charset charset) throws Exception {
        StringBuilder text = new StringBuilder("Vorname;Nachname;Ort\r\n");
        for (int i = 0; i < 6000; i++) {
            text.append("Anna").append(i).append(";Schmidt;Bonn\r\n");
        }
        text.append(last).append("\r\n");
        return Files.write(dir.resolve("kunden.csv"), text.toString().getBytes(charset));
    }

    @Test
    void aWindowsFileWhoseFirstUmlautComesAfterTheSampleIsWindows1252() throws Exception {
        // A German Excel list sorted by number, its first umlaut in row 6,002: it was taken for UTF-8, and
        // the import stopped at "row 5,687: the file cannot be read as UTF-8 from here".
        Path file = longFile("Jörg;Müller;München", CsvFormat.WINDOWS_1252);

        assertEquals(new CsvFormat(';', CsvFormat.WINDOWS_1252), CsvFormat.detect(file));
    }

    @Test
    void aUtf8FileWhoseFirstUmlautComesAfterTheSampleStaysUtf8() throws Exception {
        Path file = longFile("Jörg;Müller;München", StandardCharsets.UTF_8);

        assertEquals(new CsvFormat(';', StandardCharsets.UTF_8), CsvFormat.detect(file));
    }

    @Test
    void aByteOrderMarkMeansUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'N', 'a', 'm', 'e', ';', 'O', 'r', 't'};
        assertEquals(new CsvFormat(';', StandardCharsets.UTF_8), CsvFormat.detect(bom, true));
    }

    @Test
    void aUtf16MarkInEitherByteOrderMeansUtf16() {
        byte[] little = "\uFEFFName\tOrt".getBytes(StandardCharsets.UTF_16LE);
        byte[] big = "\uFEFFName\tOrt".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(new CsvFormat('\t', StandardCharsets.UTF_16), CsvFormat.detect(little, true));
        assertEquals(new CsvFormat('\t', StandardCharsets.UTF_16), CsvFormat.detect(big, true));
    }

    @Test
    void validUtf8WithoutMarkIsUtf8() {
        byte[] text = "Nachname,Straße\nMüller,Hauptstraße 1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(new CsvFormat(',', StandardCharsets.UTF_8), CsvFormat.detect(text, true));
    }

    @Test
    void excelsWindowsFileIsWindows1252() {
        byte[] text = "Nachname;Straße\nMüller;Hauptstraße 1\n".getBytes(CsvFormat.WINDOWS_1252);
        assertEquals(new CsvFormat(';', CsvFormat.WINDOWS_1252), CsvFormat.detect(text, true));
    }

    @Test
    void aCharacterCutInHalfAtTheEndOfTheSampleStillCountsAsUtf8() {
        byte[] full = "Name;Ort\nJürgen;Köln".getBytes(StandardCharsets.UTF_8);
        // ends after the first of the two bytes of "ö"
        byte[] cut = java.util.Arrays.copyOf(full, "Name;Ort\nJürgen;K".getBytes(StandardCharsets.UTF_8).length + 1);
        assertEquals(StandardCharsets.UTF_8, CsvFormat.detect(cut, false).charset());
    }

    @Test
    void separatorIsTheMostFrequentOutsideQuotesInTheHeader() {
        assertEquals('\t', CsvFormat.separatorOf("Name\tOrt\tPLZ\nA;B,C"));
        assertEquals(';', CsvFormat.separatorOf("\"Name, Vorname\";Ort\n"));
        assertEquals(',', CsvFormat.separatorOf("\"Notiz;mit;Semikolon\",Ort,PLZ"));
        assertEquals(';', CsvFormat.separatorOf("Name"), "one column: the German default");
        // Blank lines above the header hid it: a comma file was read with ";".
        assertEquals(',', CsvFormat.separatorOf("\r\n  \r\nName,Ort,PLZ\nA,B,C"));
        assertEquals('\t', CsvFormat.separatorOf("\n\tName\tOrt"));
    }

    @Test
    void excelsSeparatorLineNamesTheSeparator() {
        // The header was counted instead: "sep=," above a ";" header gave ";", a quoted hint nothing at all.
        assertEquals(',', CsvFormat.separatorOf("sep=,\nNachname;Vorname"));
        assertEquals(',', CsvFormat.separatorOf("\"sep=,\"\r\nNachname,Vorname"));
        assertEquals(';', CsvFormat.separatorOf("SEP=;\r\nNachname,Vorname"));
        assertEquals('\t', CsvFormat.separatorOf("Sep=\t\nNachname;Vorname"));
        assertEquals('\t', CsvFormat.separatorOf("sep=\\t\nNachname;Vorname"), "written as the two characters");
        assertEquals(',', CsvFormat.separatorOf("\uFEFFsep=,,,\nNachname;Vorname"), "saved again by Excel");
        assertEquals(';', CsvFormat.separatorOf("Separator=,;Ort\n"), "no hint, a header");
        assertEquals(',', CsvFormat.detect("sep=,\r\nName;Ort\r\n".getBytes(CsvFormat.WINDOWS_1252), true).separator());
    }
}
