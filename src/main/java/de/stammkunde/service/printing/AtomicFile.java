package de.stammkunde.service.printing;

import de.stammkunde.service.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A PDF written through {@link AtomicFiles}: a cancelled or failed save leaves no half document. */
final class AtomicFile {

    @FunctionalInterface
    interface PdfWriter {
        void write(PDDocument doc) throws IOException;
    }

    private AtomicFile() {
    }

    /** A new PDF with the given title, filled by {@code writer}, saved through a temporary file. */
    static void writePdf(Path target, String title, PdfWriter writer) throws IOException {
        AtomicFiles.write(target, out -> {
            try (PDDocument doc = new PDDocument()) {
                doc.getDocumentInformation().setTitle(title);
                doc.getDocumentInformation().setCreator(CardDocuments.FALLBACK_SHOP_NAME);
                writer.write(doc);
                doc.save(out);
            }
        });
    }
}
