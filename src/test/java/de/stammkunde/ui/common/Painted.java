package de.stammkunde.ui.common;

import javafx.scene.layout.Background;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;

/** What a region paints, to tell a focused control from an unfocused one in a test. */
public final class Painted {

    private Painted() {
    }

    /** Its background and border, after the styles for its present state are applied; on the FX thread. */
    public static String of(Region region) {
        region.getScene().getRoot().applyCss();
        Background background = region.getBackground();
        Border border = region.getBorder();
        return (background == null ? "no background" : background.getFills().stream()
                .map(f -> f.getFill() + "@" + f.getInsets()).toList().toString()) + " / "
                + (border == null ? "no border" : border.getStrokes().stream()
                        .map(BorderStroke::getTopStroke).toList().toString());
    }
}
