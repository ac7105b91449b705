package de.stammkunde.service.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a CSV file is written: its separator and encoding. {@link #detect} guesses both from the
 * start of a file the way a person would (from the whole file while its start is plain ASCII): a
 * byte order mark or valid UTF-8 means UTF-8, a UTF-16 byte order mark UTF-16 (Excel's "Unicode
 * text"), anything else is taken for Windows-1252 (what German Excel writes); the separator is the
 * one Excel's hint {@code sep=;} in the first line names, else the one of {@code ;} {@code ,} and TAB
 * that appears most often in the header line outside quotes.
 */
public record CsvFormat(char separator, Charset charset) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final List<Character> SEPARATORS = List.of(';', ',', '\t');
    /** UTF-16 reads either byte order after its byte order mark (and consumes the mark). */
    public static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, WINDOWS_1252,
            StandardCharsets.UTF_16);

    private static final int SAMPLE = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public CsvFormat {
        if (!SEPARATORS.contains(separator)) {
            throw new IllegalArgumentException("separator must be one of ; , TAB");
        }
    }

    /** ";" for German users (Excel's own choice there), "," otherwise. */
    public static char defaultSeparator(java.util.Locale locale) {
        return "de".equals(locale.getLanguage()) ? ';' : ',';
    }

    public static CsvFormat detect(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
            if (sample.length == SAMPLE && isAscii(sample) && !isUtf8(in)) {
                // Nothing but ASCII at the start says nothing about the encoding: a German Excel list
                // whose first umlaut comes in row 6,000 was taken for UTF-8 and failed to import there.
                return new CsvFormat(separatorOf(new String(sample, WINDOWS_1252)), WINDOWS_1252);
            }
        }
        return detect(sample, sample.length < SAMPLE);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the rest of a file, after an ASCII start, is UTF-8. */
    private static boolean isUtf8(InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[SAMPLE];
        try {
            Reader reader = new InputStreamReader(rest, decoder);
            while (reader.read(buffer) >= 0) {
                // only whether it decodes
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static CsvFormat detect(byte[] sample, boolean complete) {
        Charset charset = hasUtf16Bom(sample) ? StandardCharsets.UTF_16
                : hasBom(sample) || isUtf8(sample, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new CsvFormat(separatorOf(new String(sample, charset)), charset);
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    /** Strict UTF-8 check; a character cut in half at the end of an incomplete sample is fine. */
    private static boolean isUtf8(byte[] sample, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return false;
        }
        return !complete || !decoder.flush(out).isError();
    }

    /**
     * Excel's separator hint, a first line such as {@code sep=;} (any case, also quoted, and as Excel
     * writes it back with the separators of empty cells: {@code sep=;;;}; {@code sep=\t} may be a TAB
     * or the two characters). Excel reads it and hides the line; the import takes the separator from it
     * and skips the line, which still counts as row 1.
     */
    private static final Pattern HINT = Pattern.compile("(?i)\"?sep=(\\\\t|[;,\t])\\1*\"? *");

    /** The separator a line names when it is Excel's hint {@code sep=;} (the line without its end). */
    static Optional<Character> separatorHint(String line) {
        Matcher m = HINT.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String named = m.group(1);
        return Optional.of(named.length() == 2 ? '\t' : named.charAt(0));
    }

    /**
     * Excel's hint {@code sep=;} when the text starts with one; else counts the candidates in the first
     * line that is not blank (a quoted line break does not end it): the header, which blank lines above
     * it do not hide.
     */
    static char separatorOf(String text) {
        int first = text.startsWith("\uFEFF") ? 1 : 0;
        int end = first;
        while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
            end++;
        }
        Optional<Character> hint = separatorHint(text.substring(first, end));
        if (hint.isPresent()) {
            return hint.get();
        }
        int start = 0;
        while (start < text.length() && " \r\n\uFEFF".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        int[] counts = new int[SEPARATORS.size()];
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                int index = SEPARATORS.indexOf(c);
                if (index >= 0) {
                    counts[index]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return SEPARATORS.get(best);
    }
}
