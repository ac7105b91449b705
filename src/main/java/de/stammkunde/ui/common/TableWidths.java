package de.stammkunde.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;

/**
 * A table whose columns share its width down to their minimum widths; narrower than that, it scrolls
 * sideways. JavaFX's constrained resize policies never scroll: in a small window they cut every column
 * short, or leave the last ones out of reach.
 */
public final class TableWidths {

    /** Room for the vertical scroll bar and the table's border. */
    private static final double SLACK = 12;
    /** Room for the sort arrow beside a header's text. */
    private static final double ARROW = 12;

    private TableWidths() {
    }

    /**
     * Fits the columns with {@code policy} (e.g. {@link TableView#CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS}).
     * No column gets narrower than its header's text, in whichever language.
     */
    public static <S> void fitOrScroll(TableView<S> table, Callback<TableView.ResizeFeatures, Boolean> policy) {
        table.setMinWidth(0);
        table.widthProperty().addListener((o, old, width) -> {
            fitHeaders(table);
            double needed = SLACK;
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                needed += column.getMinWidth();
            }
            var wanted = width.doubleValue() >= needed ? policy : TableView.UNCONSTRAINED_RESIZE_POLICY;
            if (table.getColumnResizePolicy() != wanted) {
                table.setColumnResizePolicy(wanted);
            }
        });
    }

    private static void fitHeaders(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.lookup(".label") instanceof Label label) {
                double needed = Math.ceil(label.prefWidth(-1)) + ARROW;
                TableColumnBase<?, ?> column = header.getTableColumn();
                if (column != null && column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                }
            }
        }
    }
}
