package de.stammkunde.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/** How wide a combo box is: beside a search field, as wide as what it shows, whatever its list held. */
public final class ComboWidths {

    private ComboWidths() {
    }

    /**
     * Keeps {@code box} as wide as the value it shows and its arrow; its open list is as wide as its longest entry,
     * wider than the box where need be. JavaFX's own box, once opened, grew to its longest entry and never narrowed
     * again: after "Alle, auch archivierte" had been seen in the list, "Nur archivierte" took that room too and the
     * search field beside it read "Name, Firma, E-Mail, Tel., Kundennr".
     */
    public static <T> void asWideAsItsValue(ComboBox<T> box) {
        box.setSkin(new ComboBoxListViewSkin<>(box) {
            @Override
            protected double computePrefWidth(double height, double topInset, double rightInset,
                    double bottomInset, double leftInset) {
                Node shown = getDisplayNode();
                Node arrow = box.lookup(".arrow-button");
                if (shown == null || arrow == null) {
                    return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
                }
                return leftInset + snapSizeX(shown.prefWidth(height)) + snapSizeX(arrow.prefWidth(-1)) + rightInset;
            }
        });
    }
}
