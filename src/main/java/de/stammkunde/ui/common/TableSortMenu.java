package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Sorting a table without the mouse: the table's context menu (Shift+F10, the Menu key or a right click)
 * offers "Sort by" each sortable column and ascending/descending. A choice changes the table's sort order
 * just as a click on the column header does, so it takes the same path (e.g. a sort policy that sorts in
 * the background) and the header shows the arrow.
 */
public final class TableSortMenu {

    private static final String NAME = TableSortMenu.class.getName() + ".name";

    private TableSortMenu() {
    }

    /**
     * Names {@code column} in the menu by {@code name} rather than its header, which is short to leave the
     * table's width to the texts ("No." above the customer numbers, "Sort by Customer no." in the menu).
     */
    public static void named(TableColumn<?, ?> column, String name) {
        column.getProperties().put(NAME, name);
    }

    /**
     * Shows {@code rows} in {@code table} in the order the user chose (header or menu), also after the
     * rows are loaded again, and gives it the sort menu. The rows themselves keep their order.
     */
    public static <S> ContextMenu installSorted(TableView<S> table, ObservableList<S> rows, Messages messages) {
        SortedList<S> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        return install(table, messages);
    }

    /** Gives {@code table} the sort menu as its context menu; its sort policy puts the rows in order. */
    public static <S> ContextMenu install(TableView<S> table, Messages messages) {
        ContextMenu menu = new ContextMenu();
        ToggleGroup columns = new ToggleGroup();
        ToggleGroup direction = new ToggleGroup();
        RadioMenuItem ascending = new RadioMenuItem(messages.get("table.ascending"));
        RadioMenuItem descending = new RadioMenuItem(messages.get("table.descending"));
        ascending.setToggleGroup(direction);
        descending.setToggleGroup(direction);
        ascending.setOnAction(e -> direct(table, SortType.ASCENDING));
        descending.setOnAction(e -> direct(table, SortType.DESCENDING));
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            columns.getToggles().clear();
            TableColumn<S, ?> sorted = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
            for (TableColumn<S, ?> column : table.getColumns()) {
                if (column.isSortable() && column.isVisible() && column.getText() != null) {
                    Object name = column.getProperties().getOrDefault(NAME, column.getText());
                    RadioMenuItem item = new RadioMenuItem(messages.get("table.sortBy", name));
                    item.setToggleGroup(columns);
                    item.setSelected(column == sorted);
                    item.setOnAction(a -> sortBy(table, column));
                    menu.getItems().add(item);
                }
            }
            menu.getItems().addAll(new SeparatorMenuItem(), ascending, descending);
            ascending.setDisable(sorted == null);
            descending.setDisable(sorted == null);
            ascending.setSelected(sorted != null && sorted.getSortType() == SortType.ASCENDING);
            descending.setSelected(sorted != null && sorted.getSortType() == SortType.DESCENDING);
        });
        // The menu needs an item to be shown at all; the real ones are made just before it shows.
        menu.getItems().add(ascending);
        table.setContextMenu(menu);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                // Not every platform turns these keys into a context-menu request (Linux does not).
                Bounds bounds = table.localToScreen(table.getBoundsInLocal());
                if (bounds != null) {
                    menu.show(table, bounds.getMinX() + 24, bounds.getMinY() + 32);
                }
                e.consume();
            }
        });
        // Where the platform also asks for the menu after such a key, it is already open.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (menu.isShowing()) {
                e.consume();
            }
        });
        return menu;
    }

    private static <S> void sortBy(TableView<S> table, TableColumn<S, ?> column) {
        if (!table.getSortOrder().isEmpty() && table.getSortOrder().get(0) == column) {
            return;
        }
        column.setSortType(SortType.ASCENDING);
        table.getSortOrder().setAll(column);
    }

    private static <S> void direct(TableView<S> table, SortType type) {
        if (!table.getSortOrder().isEmpty()) {
            table.getSortOrder().get(0).setSortType(type);
        }
    }
}
