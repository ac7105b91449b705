package de.stammkunde.service.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.coupons.CampaignKind;
import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.coupons.CouponOutcome;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The counter's sentences in German, the shop's first language. */
class CouponMessagesTest {

    private final Messages messages = new Messages(Locale.GERMANY);
    private final Formats formats = new Formats(messages.locale());

    private static CouponCheck check(CouponOutcome outcome, Offer offer, BigDecimal discount, LocalDateTime usedAt,
            String where, String receipt) {
        return new CouponCheck(outcome, "ABCDEFGHJKL", 1L, "Herbst", offer.kind(), discount, offer.freeItem(),
                new BigDecimal("25.00"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 7L, usedAt, where,
                receipt, offer);
    }

    private String say(CouponCheck check) {
        return CouponMessages.describe(check, messages, formats).replace('\u00a0', ' ');
    }

    @Test
    void validPercentShowsTheDiscount() {
        assertEquals("10 % Rabatt: −4,50 € (Herbst)",
                say(check(CouponOutcome.VALID, Offer.percent("10"), new BigDecimal("4.50"), null, "", "")));
    }

    @Test
    void aPercentStaysWithItsNumberWhereALineBreaks() {
        // Before, a campaign's offer in the narrow list could wrap into "10" and "% Rabatt".
        String said = CouponMessages.describe(check(CouponOutcome.VALID, Offer.percent("10"), new BigDecimal("4.50"),
                null, "", ""), messages, formats);

        assertTrue(said.startsWith("10\u00a0% Rabatt"), said);
    }

    @Test
    void validFreeItemNamesTheItemAndItsMinimum() {
        assertEquals("Gültig: Gratis: Kaffee ab 25,00 € Einkauf (Herbst)",
                say(check(CouponOutcome.VALID, Offer.freeItem("Kaffee"), BigDecimal.ZERO, null, "", "")));
    }

    @Test
    void validBeforeTheAmountSaysTheMinimumPurchase() {
        // A code scanned before the card said "Gültig: 5,00 € Rabatt (Herbst)", and the minimum of 25,00 € came up
        // only as "not reached" once the customer had paid less.
        assertEquals("Gültig: 5,00 € Rabatt ab 25,00 € Einkauf (Herbst)",
                say(check(CouponOutcome.VALID, Offer.amount("5"), null, null, "", "")));
        CouponCheck noMinimum = new CouponCheck(CouponOutcome.VALID, "ABCDEFGHJKL", 1L, "Herbst",
                CampaignKind.AMOUNT, null, "", BigDecimal.ZERO, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                7L, null, "", "", Offer.amount("5"));
        assertEquals("Gültig: 5,00 € Rabatt (Herbst)", say(noMinimum));
    }

    @Test
    void alreadyUsedSaysWhenWhereAndReceipt() {
        assertEquals("Dieser Gutschein wurde bereits am 22.11.2026, 11:00 an KASSE-1 eingelöst (Bon B-77).",
                say(check(CouponOutcome.ALREADY_USED, Offer.percent("10"), null,
                        LocalDateTime.of(2026, 11, 22, 11, 0), "KASSE-1", "B-77")));
    }

    @Test
    void expiredNotYetValidAndMinimumSayTheDateOrAmount() {
        Offer offer = Offer.amount("5");
        assertEquals("Dieser Gutschein ist abgelaufen: Er galt bis 30.11.2026.",
                say(check(CouponOutcome.EXPIRED, offer, null, null, "", "")));
        assertEquals("Dieser Gutschein gilt noch nicht: Er kann ab 01.11.2026 eingelöst werden.",
                say(check(CouponOutcome.NOT_YET_VALID, offer, null, null, "", "")));
        assertEquals("Dieser Gutschein gilt erst ab einem Einkauf von 25,00 €.",
                say(check(CouponOutcome.MINIMUM_NOT_REACHED, offer, null, null, "", "")));
    }

    @Test
    void everyOutcomeHasASentence() {
        for (CouponOutcome outcome : CouponOutcome.values()) {
            String text = say(check(outcome, Offer.percent("10"), null, LocalDateTime.of(2026, 11, 22, 11, 0), "", ""));
            assertEquals(false, text.contains("!"), outcome + ": " + text);
            assertEquals(false, text.isBlank(), outcome.name());
        }
        assertEquals("Bitte den Code prüfen: Ein Zeichen stimmt nicht.",
                say(CouponCheck.of(CouponOutcome.MISTYPED, "X")));
        assertEquals(CampaignKind.PERCENT, Offer.percent("1").kind());
    }
}
