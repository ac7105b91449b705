package de.stammkunde.ui.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.loyalty.PointsBalance;
import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsKind;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.loyalty.PointsRefusedException;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointsLedgerViewModelTest {

    private static final long ANNA = 7;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    /** A ledger in memory: corrections are booked unless they would take more than the balance. */
    private static final class FakeLedger implements PointsLedgerViewModel.Ledger {
        final List<PointsEntry> entries = new ArrayList<>();
        final List<String> corrections = new ArrayList<>();
        /** Expiry switched off in the settings: nothing expires, soon or ever. */
        boolean neverExpire;

        @Override
        public PointsBalance balance(long customerId) {
            int points = entries.stream().mapToInt(PointsEntry::points).sum();
            if (neverExpire) {
                return new PointsBalance(points, new BigDecimal(points).multiply(new BigDecimal("0.05")), 0, null,
                        null, BigDecimal.ZERO, true);
            }
            return new PointsBalance(points, new BigDecimal(points).multiply(new BigDecimal("0.05")), 30,
                    LocalDate.of(2026, 12, 1), null, BigDecimal.ZERO, false);
        }

        @Override
        public List<PointsLine> ledger(long customerId) {
            List<PointsLine> newestFirst = new ArrayList<>();
            for (PointsEntry e : entries) {
                // Purchase 3 had receipt 4711, purchase 4 none.
                String receipt = e.purchaseId() == null ? null : e.purchaseId() == 3 ? "4711" : "";
                newestFirst.add(0, new PointsLine(e, receipt, e.purchaseId() == null ? null : e.createdAt()));
            }
            return newestFirst;
        }

        @Override
        public PointsEntry correct(long customerId, int points, String reason) {
            int balance = balance(customerId).points();
            if (balance + points < 0) {
                throw new PointsRefusedException(PointsRefusedException.Reason.INSUFFICIENT, balance);
            }
            if (balance + points > 1_000_000) {
                throw new PointsRefusedException(PointsRefusedException.Reason.BALANCE_TOO_HIGH, balance);
            }
            corrections.add(customerId + ":" + points + ":" + reason);
            PointsEntry entry = new PointsEntry(entries.size() + 1, customerId, PointsKind.CORRECTION, points,
                    Math.max(points, 0), null, null, reason, "anna", NOW);
            entries.add(entry);
            return entry;
        }
    }

    private final Messages messages = new Messages(Locale.GERMANY);
    private final Formats formats = new Formats(Locale.GERMANY);
    private final FakeLedger ledger = new FakeLedger();
    private PointsLedgerViewModel viewModel;

    @BeforeEach
    void showAnna() {
        ledger.entries.add(new PointsEntry(1, ANNA, PointsKind.EARN, 120, 120, LocalDate.of(2026, 12, 1), 3L, "Gold",
                "anna", NOW.minusDays(300)));
        viewModel = new PointsLedgerViewModel(ledger, new CurrentThreadTaskRunner(), messages, formats);
        viewModel.show(ANNA);
    }

    @Test
    void showingACustomerLoadsBalanceValueAndExpiringPoints() {
        assertEquals("Stand: 120 Punkte (Wert " + formats.money(new BigDecimal("6.00")) + ")", viewModel.balanceTextProperty().get());
        assertEquals("30 Punkte verfallen in den nächsten 30 Tagen (zuerst am 01.12.2026).",
                viewModel.expiringTextProperty().get());
        assertEquals(1, viewModel.rows().size());
    }

    @Test
    void withExpirySwitchedOffItSaysPointsDoNotExpireInBothLanguages() {
        // It read "In den nächsten 30 Tagen verfallen keine Punkte.", as if they would after that.
        ledger.neverExpire = true;
        viewModel.show(ANNA);
        PointsLedgerViewModel english = new PointsLedgerViewModel(ledger, new CurrentThreadTaskRunner(),
                new Messages(Locale.UK), new Formats(Locale.UK));
        english.show(ANNA);

        assertEquals("Punkte verfallen nicht.", viewModel.expiringTextProperty().get());
        assertEquals("Points do not expire.", english.expiringTextProperty().get());
    }

    @Test
    void aCorrectionWithoutReasonIsRefusedWithoutCallingTheService() {
        viewModel.pointsProperty().set("50");
        viewModel.reasonProperty().set("   ");

        viewModel.bookCorrection();

        assertEquals("Bitte einen Grund für die Korrektur eingeben.", viewModel.messageProperty().get());
        assertTrue(viewModel.messageIsErrorProperty().get(), "shown in red");
        assertTrue(ledger.corrections.isEmpty());
    }

    @Test
    void aReasonLongerThanTheLedgerKeepsIsRefusedWithoutCallingTheService() {
        // "… bitte erneut buchen": booking again failed again, with the same database error.
        viewModel.pointsProperty().set("50");
        viewModel.reasonProperty().set("Kulanz ".repeat(60));

        viewModel.bookCorrection();

        assertEquals("Der Grund ist zu lang: höchstens 400 Zeichen, hier 419. Bitte kürzen.",
                viewModel.messageProperty().get());
        assertTrue(viewModel.messageIsErrorProperty().get(), "shown in red");
        assertTrue(ledger.corrections.isEmpty());
        assertEquals("50", viewModel.pointsProperty().get(), "the entries stay to be corrected");
    }

    @Test
    void zeroPointsAreRefused() {
        viewModel.pointsProperty().set("0");
        viewModel.reasonProperty().set("Kulanz");

        viewModel.bookCorrection();

        assertEquals("Bitte eine Punktzahl ungleich 0 eingeben.", viewModel.messageProperty().get());
        assertTrue(ledger.corrections.isEmpty());
    }

    @Test
    void pointsThatAreNotAWholeNumberAreRefused() {
        viewModel.pointsProperty().set("1,5");
        viewModel.reasonProperty().set("Kulanz");

        viewModel.bookCorrection();

        assertEquals("Bitte eine ganze Punktzahl eingeben, z.\u00a0B. 50 oder -20.", viewModel.messageProperty().get());
    }

    @Test
    void pointsAreReadWithTheThousandsGroupTheBalanceIsShownWith() {
        // "1.000" was refused although the balance reads "1.234 Punkte"
        viewModel.pointsProperty().set("+1.000");
        viewModel.reasonProperty().set("Kulanz");

        viewModel.bookCorrection();

        assertEquals(List.of(ANNA + ":1000:Kulanz"), ledger.corrections);
    }

    @Test
    void aCorrectionWithReasonIsBookedAndTheLedgerReloads() {
        viewModel.pointsProperty().set("+50");
        viewModel.reasonProperty().set(" Kulanz nach Reklamation ");

        viewModel.bookCorrection();

        assertEquals(List.of(ANNA + ":50:Kulanz nach Reklamation"), ledger.corrections);
        assertEquals("Korrektur gebucht: +50 Punkte.", viewModel.messageProperty().get());
        assertFalse(viewModel.messageIsErrorProperty().get());
        assertEquals("Stand: 170 Punkte (Wert " + formats.money(new BigDecimal("8.50")) + ")", viewModel.balanceTextProperty().get());
        assertEquals(PointsKind.CORRECTION, viewModel.rows().get(0).entry().kind());
        assertEquals("", viewModel.reasonProperty().get());
    }

    @Test
    void aBookedCorrectionTellsTheCounterAndARefusedOneDoesNot() {
        List<String> told = new ArrayList<>();
        viewModel.setOnBooked(() -> told.add("reload"));

        viewModel.pointsProperty().set("-500");
        viewModel.reasonProperty().set("Fehlbuchung");
        viewModel.bookCorrection();
        viewModel.pointsProperty().set("-20");
        viewModel.bookCorrection();

        assertEquals(List.of("reload"), told);
    }

    @Test
    void takingOffMoreThanTheBalanceShowsTheBalance() {
        viewModel.pointsProperty().set("-500");
        viewModel.reasonProperty().set("Fehlbuchung");

        viewModel.bookCorrection();

        assertEquals("Nicht genug Punkte: Der Stand ist 120 Punkte, mehr kann nicht abgezogen werden.",
                viewModel.messageProperty().get());
    }

    @Test
    void aCorrectionNearTwoBillionPointsIsRefusedWithoutCallingTheService() {
        viewModel.pointsProperty().set("2.000.000.000");
        viewModel.reasonProperty().set("Tippfehler");

        viewModel.bookCorrection();

        assertEquals("Bitte höchstens 1.000.000 Punkte auf einmal gutschreiben oder abziehen.",
                viewModel.messageProperty().get());
        assertTrue(viewModel.messageIsErrorProperty().get());
        assertEquals(List.of(), ledger.corrections);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999", "-99999999999"})
    void aCorrectionBeyondTwoBillionPointsSaysTheLimitNotThatItIsNoWholeNumber(String points) {
        // eleven nines read "please enter a whole number of points": it is one, only far too many
        viewModel.pointsProperty().set(points);
        viewModel.reasonProperty().set("Tippfehler");

        viewModel.bookCorrection();

        assertEquals("Bitte höchstens 1.000.000 Punkte auf einmal gutschreiben oder abziehen.",
                viewModel.messageProperty().get());
        assertEquals(List.of(), ledger.corrections);
    }

    @Test
    void aCorrectionLiftingTheBalanceTooHighSaysSoWithTheBalance() {
        viewModel.pointsProperty().set("999950");
        viewModel.reasonProperty().set("Nachtrag");

        viewModel.bookCorrection();

        assertEquals("Der Stand wäre über 1.000.000 Punkte (jetzt 120). Bitte weniger Punkte gutschreiben.",
                viewModel.messageProperty().get());
        assertEquals("999950", viewModel.pointsProperty().get(), "the entry stays to be corrected");
    }

    @Test
    void theKindIsShownInWords() {
        assertEquals("Gesammelt", viewModel.kindText(viewModel.rows().get(0).entry()));
    }

    @Test
    void theReasonNamesThePurchaseByReceiptAndDateThenTheTierOrTheStaffsWords() {
        ledger.entries.add(new PointsEntry(2, ANNA, PointsKind.REDEEM, -100, 0, null, 4L, "", "anna",
                NOW.minusDays(2)));
        ledger.entries.add(new PointsEntry(3, ANNA, PointsKind.CORRECTION, 5, 5, null, null, "Kulanz", "anna", NOW));
        viewModel.show(ANNA);

        assertEquals(List.of("Kulanz", "Einkauf vom 20.11.2026", "Bon 4711 vom 26.01.2026 · Stufe Gold"),
                viewModel.rows().stream().map(viewModel::reasonText).toList());
    }

    @Test
    void aRefundsReversalAlsoSaysWhyInBothLanguages() {
        // It read "Bon 4711 vom 26.01.2026" only: the reason the staff gave for the refund was not shown.
        PointsEntry reversal = new PointsEntry(2, ANNA, PointsKind.REVERSAL, -120, 0, null, 9L, "", "anna", NOW);
        PointsLine line = new PointsLine(reversal, "4711", LocalDateTime.of(2026, 1, 26, 12, 0), " Ware defekt ");
        PointsLedgerViewModel english = new PointsLedgerViewModel(ledger, new CurrentThreadTaskRunner(),
                new Messages(Locale.UK), new Formats(Locale.UK));

        assertEquals("Erstattung: Ware defekt · Bon 4711 vom 26.01.2026", viewModel.reasonText(line));
        assertEquals("Refund: Ware defekt · Receipt 4711 on 26 Jan 2026", english.reasonText(line));
    }

    @Test
    void pointsGivenBackIntoTheirRowsShowNoRemainingOfTheirOwnButSayWhereTheyAre() {
        // A refund's row giving 150 redeemed points back into the rows they came from read "0" under Remaining,
        // as if they were gone; now "–", and pointing at it says where they are. A refund's lot of its own, spent
        // to its last point, still reads "0".
        PointsEntry back = new PointsEntry(2, ANNA, PointsKind.REVERSAL, 150, 0, null, 9L, "", "anna", NOW);
        PointsLine intoLots = new PointsLine(back, "4711", NOW, "", true);
        PointsLine ownLot = new PointsLine(back, "4711", NOW, "", false);
        PointsLedgerViewModel english = new PointsLedgerViewModel(ledger, new CurrentThreadTaskRunner(),
                new Messages(Locale.UK), new Formats(Locale.UK));

        assertEquals("–", viewModel.remaining(intoLots));
        assertEquals("0", viewModel.remaining(ownLot));
        assertEquals("", viewModel.remainingHint(ownLot));
        assertEquals(null, PointsLedgerViewModel.remainingKey(intoLots), "sorted with the rows showing no number");
        assertEquals("Zurück in den Buchungen, aus denen sie kamen: was davon übrig ist, steht dort unter „Rest“.",
                viewModel.remainingHint(intoLots));
        assertEquals("Back in the bookings they came from: what is left of them shows there under “Remaining”.",
                english.remainingHint(intoLots));
    }
}
