package de.stammkunde.data.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.CustomerStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignDaoTest {

    @Test
    void aCampaignsTargetIsReadBackAsItWasStored() {
        List<CampaignTarget> targets = List.of(new CampaignTarget.Everyone(),
                new CampaignTarget.OneCustomer("100042"), new CampaignTarget.Picked(1234),
                CampaignTarget.matching("müller, \"anna\" „x“ 100%_", "Fahrrad", CustomerStatus.ACTIVE),
                CampaignTarget.matching("", null, CustomerStatus.LOST), CampaignTarget.matching(" ", "Tee", null),
                new CampaignTarget.Birthdays(14), new CampaignTarget.CardSample(50), CampaignTarget.UNKNOWN);
        for (Database db : TestDatabases.all()) {
            try (db) {
                List<CampaignTarget> read = db.jdbi().withExtension(CampaignDao.class, dao -> targets.stream()
                        .map(t -> dao.insert(draft().withTarget(t, "in Worten"), "K", LocalDateTime.now(), false))
                        .map(id -> dao.findById(id).orElseThrow()).map(Campaign::target).toList());

                assertEquals(targets, read);
                assertEquals(List.of("in Worten"), db.jdbi().withExtension(CampaignDao.class, dao -> dao
                        .listWithStats().stream().map(s -> s.campaign().targetDescription()).distinct().toList()),
                        "the words are kept beside the facts");
            }
        }
    }

    @Test
    void aSearchTextLongerThanTheColumnIsCutNotRefused() {
        CampaignTarget longSearch = CampaignTarget.matching("x".repeat(1000), "t".repeat(100), null);
        try (Database db = TestDatabases.h2()) {
            CampaignTarget read = db.jdbi().withExtension(CampaignDao.class, dao -> dao.findById(
                    dao.insert(draft().withTarget(longSearch, ""), "K", LocalDateTime.now(), false)).orElseThrow())
                    .target();

            assertEquals(CampaignTarget.matching("x".repeat(CampaignTarget.SEARCH_MAX),
                    "t".repeat(CampaignTarget.TAG_MAX), null), read);
        }
    }

    private static CampaignDraft draft() {
        return new CampaignDraft("Herbst", Offer.percent("10"), BigDecimal.ZERO, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, "");
    }
}
