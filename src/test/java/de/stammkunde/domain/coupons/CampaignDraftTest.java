package de.stammkunde.domain.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignDraftTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);

    static CampaignDraft draft(Offer offer) {
        return new CampaignDraft("Autumn", offer, BigDecimal.ZERO, FROM, FROM.plusDays(30), CodeMode.PERSONAL, null, "");
    }

    private static List<CampaignField> fields(CampaignDraft d) {
        return d.validate().stream().map(CampaignError::field).toList();
    }

    @Test
    void aCompleteDraftHasNoErrors() {
        assertEquals(List.of(), draft(Offer.percent("10")).validate());
    }

    @Test
    void nameIsRequired() {
        CampaignDraft d = draft(Offer.percent("10"));
        CampaignDraft unnamed = new CampaignDraft(" ", d.offer(), d.minPurchase(), d.validFrom(), d.validTo(),
                d.codeMode(), null, "");
        assertEquals(List.of(CampaignError.of(CampaignField.NAME, "coupons.error.nameRequired")), unnamed.validate());
    }

    @Test
    void percentMustBeAboveZeroAndAtMostHundred() {
        assertEquals(List.of(CampaignField.PERCENT), fields(draft(Offer.percent("0"))));
        assertEquals(List.of(CampaignField.PERCENT), fields(draft(Offer.percent("100.5"))));
        assertEquals(List.of(), fields(draft(Offer.percent("100"))));
    }

    @Test
    void amountMustBePositiveAndFreeItemNeedsText() {
        assertEquals(List.of(CampaignField.AMOUNT), fields(draft(Offer.amount("0"))));
        assertEquals(List.of(CampaignField.FREE_ITEM), fields(draft(Offer.freeItem(" "))));
    }

    @Test
    void validToBeforeValidFromIsRefused() {
        CampaignDraft d = draft(Offer.percent("10"));
        CampaignDraft backwards = new CampaignDraft("X", d.offer(), BigDecimal.ZERO, FROM, FROM.minusDays(1),
                CodeMode.PERSONAL, null, "");
        assertEquals(List.of(CampaignField.VALID_TO), fields(backwards));
    }

    @Test
    void sharedLimitMustBeAtLeastOneOrEmpty() {
        CampaignDraft zero = new CampaignDraft("X", Offer.percent("5"), BigDecimal.ZERO, FROM, FROM, CodeMode.SHARED,
                0, "");
        CampaignDraft unlimited = new CampaignDraft("X", Offer.percent("5"), BigDecimal.ZERO, FROM, FROM,
                CodeMode.SHARED, null, "");
        assertEquals(List.of(CampaignField.LIMIT), fields(zero));
        assertEquals(List.of(), fields(unlimited));
    }

    @Test
    void negativeMinimumPurchaseIsRefused() {
        CampaignDraft d = new CampaignDraft("X", Offer.percent("5"), new BigDecimal("-1"), FROM, FROM,
                CodeMode.PERSONAL, null, "");
        assertEquals(List.of(CampaignField.MIN_PURCHASE), fields(d));
    }
}
