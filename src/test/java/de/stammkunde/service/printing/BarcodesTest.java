package de.stammkunde.service.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.stammkunde.domain.cards.CardNumbers;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BarcodesTest {

    @Test
    void ean13ImageDecodesToTheSameNumber() {
        String number = CardNumbers.of(4711);

        BufferedImage image = Barcodes.ean13Image(number, 3, 120);

        assertEquals(Optional.of(number), Barcodes.decode(image));
    }

    @Test
    void qrImageOfACouponCodeDecodesToTheSameText() {
        BufferedImage image = Barcodes.qrImage("K7QX-M4PW-9R", 6);

        assertEquals(Optional.of("K7QX-M4PW-9R"), Barcodes.decode(image));
    }

    @Test
    void ean13HasNinetyFiveModulesAndQuietZones() {
        assertEquals(95 + 2 * Barcodes.EAN_QUIET_ZONE, Barcodes.ean13Matrix(CardNumbers.of(1)).getWidth());
    }

    @Test
    void ean13WithAWrongCheckDigitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Barcodes.ean13Matrix("4006381333932"));
    }

    @Test
    void blankImageDecodesToNothing() {
        assertEquals(Optional.empty(), Barcodes.decode(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB)));
    }
}
