package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The list's filters say what their first entry does, on the closed box and in the open list alike. */
class FilterBoxesFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(Customers.anna()).start();
        fx.showCustomers();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** The text of the open list's first entry, the one that filters nothing. */
    private String firstEntry(String id) {
        ComboBox<?> box = fx.node(fx.mainRoot(), id);
        fx.onFx(box::show);
        fx.awaitIdle();
        String text = fx.onFx(() -> {
            var list = ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
            list.applyCss();
            return list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                    .filter(c -> c.getIndex() == 0).map(ListCell::getText).findFirst().orElse("none");
        });
        fx.onFx(box::hide);
        return text;
    }

    @Test
    void theEntryThatFiltersNothingReadsAsOnTheClosedBox() {
        // The open lists began with "Status", "Interest", "Consent" under "All statuses" and so on.
        assertEquals(List.of(fx.text("filter.status.all"), fx.text("filter.tag.all"), fx.text("filter.consent.all")),
                List.of(firstEntry("#statusFilter"), firstEntry("#tagFilter"), firstEntry("#consentFilter")));
        fx.assertNoProblems();
    }
}
