package de.stammkunde.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/** Texts a table shows cut short ("…"), for tests of layouts at a given window size. Call on the FX thread. */
public final class ElidedTexts {

    private ElidedTexts() {
    }

    /** Every column header, and the cells of the columns with these ids, shown cut short: "full → shown". */
    public static List<String> of(TableView<?> table, List<String> columns) {
        table.applyCss();
        table.layout();
        List<String> cut = new ArrayList<>();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.lookup(".label") instanceof Labeled label) {
                collect(label, cut);
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && columns.contains(cell.getTableColumn().getId())) {
                collect(cell, cut);
            }
        }
        return cut;
    }

    /**
     * The words that cells of the columns with these ids, wrapping their texts, break inside because the column
     * is narrower than the word: "text: word".
     */
    public static List<String> brokenWords(TableView<?> table, List<String> columns) {
        table.applyCss();
        table.layout();
        List<String> broken = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.isWrapText()
                    && columns.contains(cell.getTableColumn().getId()) && cell.getText() != null) {
                cell.getChildrenUnmodifiable().stream()
                        .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                        .map(Text.class::cast)
                        .filter(shown -> shown.getWrappingWidth() > 0)
                        .forEach(shown -> {
                            Text word = new Text();
                            word.setFont(shown.getFont());
                            for (String part : cell.getText().split(" ")) {
                                word.setText(part);
                                if (word.getLayoutBounds().getWidth() > shown.getWrappingWidth()) {
                                    broken.add(cell.getText() + ": " + part);
                                }
                            }
                        });
            }
        }
        return broken;
    }

    private static void collect(Labeled labeled, List<String> cut) {
        if (labeled.getText() == null || labeled.getText().isEmpty()) {
            return;
        }
        labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(child -> ((Text) child).getText())
                .filter(shown -> !shown.equals(labeled.getText()))
                .forEach(shown -> cut.add(labeled.getText() + " → " + shown));
    }
}
