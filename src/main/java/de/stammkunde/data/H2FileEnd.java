package de.stammkunde.data;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether an H2 file lost its end: its header names the newest chunk H2 wrote, and that chunk reaches past
 * the end of the file. H2 then opens an older state of the data without a word: a file missing its last
 * 1 % opened with a table of 3,000 rows empty. The header and each chunk's own header are lines of text
 * ({@code H:2,block:17,blockSize:1000,chunk:2,…} and {@code chunk:2,len:d,…}, numbers in hex).
 * Whatever cannot be read so (another format, a file too short for a header) is left to H2.
 */
final class H2FileEnd {

    private static final int HEADER_BYTES = 256;

    private H2FileEnd() {
    }

    /**
     * True when the file is cut off. Not asked while the file is in use (another Stammkunde has it open and
     * H2 its lock): what that one is writing just then is none of this one's business, and H2 refuses it anyway.
     */
    static boolean cutOff(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r");
                FileLock lock = raf.getChannel().tryLock(0, Long.MAX_VALUE, true)) {
            if (lock == null) {
                return false;
            }
            long length = raf.length();
            Map<String, Long> header = fields(read(raf, 0, length));
            Long block = header.get("block");
            Long blockSize = header.get("blockSize");
            Long chunkId = header.get("chunk");
            if (block == null || blockSize == null || chunkId == null || blockSize <= 0) {
                return false;
            }
            long start = block * blockSize;
            if (start >= length) {
                return true;
            }
            Map<String, Long> chunk = fields(read(raf, start, length));
            Long len = chunk.get("len");
            if (len == null || !chunkId.equals(chunk.get("chunk"))) {
                return false; // not the chunk the header names: H2 knows better
            }
            return (block + len) * blockSize > length;
        } catch (IOException | OverlappingFileLockException e) {
            return false; // unreadable, or open in this program: H2 says what it finds
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String read(RandomAccessFile raf, long at, long length) throws IOException {
        byte[] bytes = new byte[(int) Math.min(HEADER_BYTES, length - at)];
        raf.seek(at);
        raf.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The hex numbers of a header line, by name ("H" and anything not a number left out). */
    private static Map<String, Long> fields(String text) {
        Map<String, Long> fields = new HashMap<>();
        int end = text.indexOf('\n');
        for (String field : (end < 0 ? text : text.substring(0, end)).split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                try {
                    fields.put(field.substring(0, colon), Long.parseLong(field.substring(colon + 1).strip(), 16));
                } catch (NumberFormatException e) {
                    // a field of text, or the end of the line's padding
                }
            }
        }
        return fields;
    }
}
