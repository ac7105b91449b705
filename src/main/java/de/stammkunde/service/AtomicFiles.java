package de.stammkunde.service;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a file through a temporary file beside it, moved into place when complete and on the disk: a
 * cancelled or failed export leaves neither a half-written file nor a damaged older one, and a power cut
 * right after it no file of the right name with nothing in it. The file gets the
 * permissions the user's system gives new files (a temporary file from {@code createTempFile} is
 * owner-only, and an export made that way could not be opened by a colleague on a shared folder).
 */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Deletes what a write of the same file left when the program was killed or the power went half way: a
     * hidden file on Linux, but one in plain sight beside the export on Windows. Only those older than a day,
     * so that a colleague's export of the same name at this moment is left alone.
     */
    private static void deleteLeftOvers(Path dir, String prefix) {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".part")
                    && Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo);
        })) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // a left-over file is no reason not to write the new one
        }
    }

    /**
     * {@code out} for a writer that closes what it writes to (a CSV writer does), while {@code out} stays open:
     * the file, to be forced to the disk; one file inside a ZIP file, with more to come.
     */
    public static OutputStream keptOpen(OutputStream out) {
        return new KeptOpen(out);
    }

    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // A folder, or a device such as /dev/null: the move replaced its name, for every program when
            // run as root, instead of writing into it.
            throw new FileSystemException(absolute.toString(), null, "not a regular file");
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String prefix = "." + absolute.getFileName() + ".";
        deleteLeftOvers(dir, prefix);
        Path temp = dir.resolve(prefix + UUID.randomUUID() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                try (OutputStream out = new BufferedOutputStream(new KeptOpen(Channels.newOutputStream(channel)),
                        1 << 16)) {
                    writer.write(out);
                }
                // Else the name could reach the disk before the content: after a power cut, an empty export.
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Some shared and network folders cannot move atomically; replacing is the next best.
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
