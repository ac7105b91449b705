package de.stammkunde.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The "€" beside an amount field, on the side the user's language writes it: "[5,00] €" in German,
 * "€ [5.00]" in English. The FXML puts it after the field; where the sign comes first it moves in front.
 */
public final class EuroSign {

    private EuroSign() {
    }

    /** Moves {@code sign} before the node in front of it (the field) when {@code euroFirst}. */
    public static void place(Node sign, boolean euroFirst) {
        if (!euroFirst || !(sign.getParent() instanceof Pane box)) {
            return;
        }
        int at = box.getChildren().indexOf(sign);
        if (at > 0) {
            box.getChildren().remove(at);
            box.getChildren().add(at - 1, sign);
        }
    }
}
