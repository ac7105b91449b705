package de.stammkunde.service.printing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Barcodes through ZXing: the card's EAN-13 and the coupon's QR code, as module matrices (one bit
 * per bar module, for drawing crisp rectangles in a PDF) and as images.
 */
public final class Barcodes {

    /** EAN-13 wants 11 modules of quiet zone left and 7 right; we leave 11 on both sides. */
    public static final int EAN_QUIET_ZONE = 11;
    /** The QR standard's quiet zone is 4 modules. */
    public static final int QR_QUIET_ZONE = 4;

    private Barcodes() {
    }

    /** The bars of a 13-digit EAN (check digit included and checked), one column per module, quiet zones included. */
    public static BitMatrix ean13Matrix(String number) {
        if (number == null || !number.matches("\\d{13}")) {
            throw new IllegalArgumentException("An EAN-13 needs 13 digits: " + number);
        }
        // Width 0 gives one column per module; height 1 is enough for a 1-D code. ZXing's margin
        // for a 1-D code is both sides together.
        return new EAN13Writer().encode(number, BarcodeFormat.EAN_13, 0, 1, Map.of(EncodeHintType.MARGIN,
                2 * EAN_QUIET_ZONE));
    }

    /** The modules of a QR code for the text (error correction M), with its quiet zone. */
    public static BitMatrix qrMatrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QR_QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit a QR code: " + text, e);
        }
    }

    /** An EAN-13 image: {@code moduleWidth} pixels per bar module, {@code height} pixels tall. */
    public static BufferedImage ean13Image(String number, int moduleWidth, int height) {
        BitMatrix bars = ean13Matrix(number);
        return image(bars, moduleWidth, height / Math.max(1, bars.getHeight()));
    }

    /** A QR image with {@code moduleSize} pixels per module. */
    public static BufferedImage qrImage(String text, int moduleSize) {
        return image(qrMatrix(text), moduleSize, moduleSize);
    }

    /** Black modules on white, each {@code w} × {@code h} pixels. */
    public static BufferedImage image(BitMatrix matrix, int w, int h) {
        int width = matrix.getWidth() * w;
        int height = matrix.getHeight() * h;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        int black = 0xFF000000;
        int white = 0xFFFFFFFF;
        int[] row = new int[width];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                row[x] = matrix.get(x / w, y) ? black : white;
            }
            for (int dy = 0; dy < h; dy++) {
                image.setRGB(0, y * h + dy, width, 1, row, 0, width);
            }
        }
        return image;
    }

    /**
     * Reads a QR code that fills the image, quiet zone included (cut out where it is known to be), as
     * a scanner aimed at it would. ZXing's search for a code in a larger picture misses about one
     * QR code in a thousand that its writer makes (a data area that looks like a finder pattern), so
     * a check that must not fail at random reads the code where it is known to be.
     */
    public static Optional<String> decodeQr(BufferedImage image) {
        try {
            return Optional.of(new QRCodeReader().decode(bitmap(image),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText());
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the first EAN-13 or QR code in an image, as a scanner would; empty when there is none.
     * The tests read back what was drawn with the same library.
     */
    public static Optional<String> decode(BufferedImage image) {
        Map<DecodeHintType, Object> hints = Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.EAN_13, BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap(image), hints).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    }
}
