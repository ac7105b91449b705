package de.stammkunde.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A text cut short with "…" (a long name or e-mail address in a narrow window) shows in full in a tooltip;
 * a text that fits gets none.
 */
public final class FullText {

    private static final double TOOLTIP_WIDTH = 480;
    /** Room above and below a wrapped text, which the theme's cells have only for a single line. */
    private static final double WRAPPED_MARGIN = 8;
    private static final char NO_BREAK = '\u00A0';

    private FullText() {
    }

    /**
     * Gives each of {@code columns} cells that show a cut-off text in full in a tooltip. Light enough for
     * 100,000 rows: the table keeps only the cells on screen, and a cell makes its tooltip the first time
     * its text is cut short.
     */
    @SafeVarargs
    public static <S> void inCells(TableColumn<S, ?>... columns) {
        for (TableColumn<S, ?> column : columns) {
            inCellsOf(column);
        }
    }

    private static <S, T> void inCellsOf(TableColumn<S, T> column) {
        column.setCellFactory(c -> new Cell<>());
    }

    /**
     * Gives each of {@code columns} cells that show their whole text, on as many lines as the column's width
     * needs (a campaign's long name in a small window); a word wider than the column still shows in full in
     * a tooltip. For short lists: each row is as high as its longest text.
     */
    @SafeVarargs
    public static <S> void wrappedInCells(TableColumn<S, ?>... columns) {
        for (TableColumn<S, ?> column : columns) {
            wrappedInCellsOf(column);
        }
    }

    private static <S, T> void wrappedInCellsOf(TableColumn<S, T> column) {
        column.setCellFactory(c -> {
            Cell<S, T> cell = new Cell<>();
            cell.setWrapText(true);
            return cell;
        });
    }

    /** Shows {@code label}'s text in a tooltip while the label is too narrow for it. */
    public static void whenCut(Labeled label) {
        Tooltip tooltip = tooltip();
        tooltip.textProperty().bind(label.textProperty());
        label.needsLayoutProperty().addListener((o, was, needsLayout) -> {
            if (!needsLayout) {
                Tooltip wanted = isCut(label) ? tooltip : null;
                if (label.getTooltip() != wanted) {
                    label.setTooltip(wanted);
                }
            }
        });
    }

    /**
     * Keeps the parts of a hint like "Enter oder F2 öffnet · Entf archiviert" together: a narrow window wraps the
     * text after a "·", never inside a part ("Enter oder" at the end of one line, "F2 öffnet" on the next).
     */
    public static String partsKeptTogether(String hint) {
        return hint.replace(' ', NO_BREAK).replace(NO_BREAK + "·" + NO_BREAK, NO_BREAK + "· ");
    }

    private static Tooltip tooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(TOOLTIP_WIDTH);
        return tooltip;
    }

    /** Whether the skin, which has just laid the text out, shows less of it than there is. */
    static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        // The skin shows what fits in a Text styled "text": the whole text, or a shorter one with "…".
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                return !text.equals(shown.getText());
            }
        }
        return false;
    }

    private static final class Cell<S, T> extends TableCell<S, T> {

        private Tooltip tooltip;

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
        }

        @Override
        protected double computePrefHeight(double width) {
            // The row asks without a width: a wrapped text is as high as it wraps at the column's width, and a
            // few pixels more keep three lines off the row's edges.
            if (isWrapText() && width < 0 && getTableColumn() != null) {
                return Math.ceil(super.computePrefHeight(getTableColumn().getWidth())) + WRAPPED_MARGIN;
            }
            return super.computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (isCut(this)) {
                if (tooltip == null) {
                    tooltip = tooltip();
                }
                tooltip.setText(getText());
                if (getTooltip() != tooltip) {
                    setTooltip(tooltip);
                }
            } else if (getTooltip() != null) {
                setTooltip(null);
            }
        }
    }
}
