package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A window opened over the app is whole on the screen, however small the screen. */
class WindowsOnScreenTest {

    private static final Rectangle2D SMALL_SCREEN = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void aWindowWiderThanTheScreenGetsItsWidthAndItsLeftEdge() {
        // The purchase history, 1,080 wide and centred on a 1024-pixel screen, began at x = -28.
        assertEquals(new Rectangle2D(0, 33, 1024, 600), Windows.within(new Rectangle2D(-28, 33, 1080, 600), SMALL_SCREEN));
    }

    @Test
    void aWindowCrossingAnEdgeIsMovedInAsLittleAsNeededAndOneThatFitsStaysAsItIs() {
        assertEquals(new Rectangle2D(224, 60, 800, 640), Windows.within(new Rectangle2D(300, 60, 800, 640), SMALL_SCREEN));
        assertEquals(new Rectangle2D(150, 0, 720, 700), Windows.within(new Rectangle2D(150, -20, 720, 760), SMALL_SCREEN));
        Rectangle2D fits = new Rectangle2D(152, 10, 720, 660);
        assertEquals(fits, Windows.within(fits, SMALL_SCREEN));
        assertEquals(new Rectangle2D(1280, 0, 1080, 600),
                Windows.within(new Rectangle2D(1250, -5, 1080, 600), new Rectangle2D(1280, 0, 1920, 1080)),
                "on a second screen to the right");
    }
}
