package de.stammkunde.service.printing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a file through a temporary file beside it, moved into place when complete: a cancelled or
 * failed export leaves neither a half-written file nor a damaged older one.
 */
final class AtomicFile {

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface PdfWriter {
        void write(PDDocument doc) throws IOException;
    }

    private AtomicFile() {
    }

    /** A new PDF with the given title, filled by {@code writer}, saved through a temporary file. */
    static void writePdf(Path target, String title, PdfWriter writer) throws IOException {
        writeAtomically(target, out -> {
            try (PDDocument doc = new PDDocument()) {
                doc.getDocumentInformation().setTitle(title);
                doc.getDocumentInformation().setCreator(CardDocuments.FALLBACK_SHOP_NAME);
                writer.write(doc);
                doc.save(out);
            }
        });
    }

    static void writeAtomically(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // Not createTempFile: its owner-only permissions would stay on the saved file.
        Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                writer.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
