package de.stammkunde.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell whose text, when the column is too narrow and it ends in "…", shows in full in a tooltip.
 * Light enough for 100,000 rows: the table keeps only the cells on screen, and a cell makes its tooltip
 * the first time its text is cut short.
 */
public final class FullTextCell<S, T> extends TableCell<S, T> {

    private Tooltip tooltip;

    /** Gives each of {@code columns} cells that show a cut-off text in full in a tooltip. */
    @SafeVarargs
    public static <S> void install(TableColumn<S, ?>... columns) {
        for (TableColumn<S, ?> column : columns) {
            installOn(column);
        }
    }

    private static <S, T> void installOn(TableColumn<S, T> column) {
        column.setCellFactory(c -> new FullTextCell<>());
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.toString());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The skin has just written what fits: the full text, or a shorter one ending in "…".
        boolean cut = getText() != null && !getText().equals(shownText());
        if (cut) {
            if (tooltip == null) {
                tooltip = new Tooltip();
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(480);
            }
            tooltip.setText(getText());
            if (getTooltip() != tooltip) {
                setTooltip(tooltip);
            }
        } else if (getTooltip() != null) {
            setTooltip(null);
        }
    }

    /** The text on screen; the skin shows it in a Text styled "text". */
    private String shownText() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return getText();
    }
}
