package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes over enums, showing each value in the user's language ({@code prefix + NAME}). */
public final class EnumCells {

    private EnumCells() {
    }

    /** {@code null} is shown as {@code nullKey} (e.g. "all"), for filters. */
    public static <E extends Enum<E>> void setUp(ComboBox<E> box, E[] values, Messages messages, String prefix,
            String nullKey) {
        box.getItems().setAll(values);
        if (nullKey != null) {
            box.getItems().add(0, null);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? (nullKey == null ? "" : messages.get(nullKey)) : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && item == null && nullKey == null ? "" : box.getConverter().toString(item));
            }
        });
        if (nullKey != null) {
            box.setCellFactory(list -> convertedCell(box));
        }
    }

    /**
     * A cell of the open list that shows the converter's text for {@code null} too: the list's own
     * cell shows the box's prompt there, so "All statuses" on the closed box was "Status" in the list.
     */
    private static <T> javafx.scene.control.ListCell<T> convertedCell(ComboBox<T> box) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : box.getConverter().toString(item));
            }
        };
    }

    public static <E extends Enum<E>> void setUp(ComboBox<E> box, E[] values, Messages messages, String prefix) {
        setUp(box, values, messages, prefix, null);
    }

    /**
     * A filter over interests (tags) in the box: {@code null} is shown as "all interests", in the list
     * and on the closed box (where it said only "Interest", unlike "All statuses" beside it).
     */
    public static void setUpTagFilter(ComboBox<String> box, Messages messages) {
        box.setConverter(tagFilter(messages));
        box.setCellFactory(list -> convertedCell(box));
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getConverter().toString(item));
            }
        });
    }

    private static StringConverter<String> tagFilter(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? messages.get("filter.tag.all") : tag;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
