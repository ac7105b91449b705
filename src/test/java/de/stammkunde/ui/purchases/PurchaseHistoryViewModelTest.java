package de.stammkunde.ui.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.purchases.YearSum;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The year chips above the purchases. */
class PurchaseHistoryViewModelTest {

    private static PurchaseHistoryViewModel viewModel(Locale locale) {
        return new PurchaseHistoryViewModel(null, null, new CurrentThreadTaskRunner(), new Messages(locale),
                new Formats(locale), () -> { });
    }

    /** The chip's text with the money's no-break space as a plain one. */
    private static String chip(PurchaseHistoryViewModel viewModel, YearSum sum) {
        return viewModel.yearText(sum).replace('\u00a0', ' ');
    }

    private static YearSum year(int purchases, String paid) {
        return new YearSum(2026, purchases, new BigDecimal(paid), new BigDecimal(paid));
    }

    @Test
    void oneChipReadsOnePurchaseInTheSingular() {
        // "2026: 1 Einkäufe · 12,50 €"
        PurchaseHistoryViewModel german = viewModel(Locale.GERMANY);
        assertEquals("2026: 1 Einkauf · 12,50 €", chip(german, year(1, "12.50")));
        assertEquals("2026: 0 Einkäufe · 0,00 €", chip(german, year(0, "0.00")));
        assertEquals("2026: 1.234 Einkäufe · 9.999,00 €", chip(german, year(1234, "9999.00")));
        PurchaseHistoryViewModel english = viewModel(Locale.UK);
        assertEquals("2026: 1 purchase · €12.50", chip(english, year(1, "12.50")));
        assertEquals("2026: 2 purchases · €25.00", chip(english, year(2, "25.00")));
    }
}
