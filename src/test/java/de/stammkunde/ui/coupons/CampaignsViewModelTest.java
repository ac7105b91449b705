package de.stammkunde.ui.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.service.printing.PrintableCoupon;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignsViewModelTest {

    private Database db;
    private CampaignService campaigns;
    private CampaignsViewModel vm;
    private Customer anna;
    private Campaign campaign;

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        CustomerService customers = new CustomerService(db.jdbi(), CampaignFormViewModelTest.CLOCK, new CustomerIndex(),
                List.of());
        campaigns = new CampaignService(db.jdbi(), CampaignFormViewModelTest.CLOCK, new Workplace("a", "K"), customers);
        Messages messages = new Messages(Locale.GERMANY);
        vm = new CampaignsViewModel(campaigns, new SettingsService(db.jdbi()), new CouponDocuments(),
                new CurrentThreadTaskRunner(), messages, new Formats(messages.locale()));
        anna = customers.create(CustomerDetails.builder().firstName("Anna").lastName("Müller").build());
        campaign = campaigns.create(new CampaignDraft("Herbst", Offer.amount("5"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listShowsEachCampaignWithItsStatistics() {
        vm.refresh();

        assertEquals(1, vm.rows().size());
        assertEquals(1, vm.rows().get(0).issued());
        assertEquals("0 %", vm.rate(vm.rows().get(0)).replace('\u00a0', ' '));
        assertEquals("5,00 € Rabatt", vm.offer(vm.rows().get(0)).replace('\u00a0', ' '));
    }

    @Test
    void theEmptyTableSaysLoadingUntilTheListArrives() {
        assertEquals("Aktionen werden geladen …", vm.emptyTextProperty().get());

        vm.refresh();

        assertTrue(vm.emptyTextProperty().get().startsWith("Noch keine Aktionen."));
    }

    @Test
    void printedCouponsCarryTextsInTheUsersLanguage() {
        List<PrintableCoupon> printed = vm.printable(campaign, "Bäckerei Korn", campaigns.coupons(campaign.id()));

        PrintableCoupon coupon = printed.get(0);
        assertEquals("Bäckerei Korn", coupon.shopName());
        assertEquals("5,00 € Rabatt", coupon.offer().replace('\u00a0', ' '));
        assertEquals("01.11.2026 – 30.11.2026", coupon.validity());
        assertEquals("Anna Müller", coupon.customerName());
        assertEquals(CouponCodes.format(campaigns.coupons(campaign.id()).get(0).code()), coupon.code());
    }

    @Test
    void fileNameFollowsTheSelectedCampaign() {
        vm.refresh();
        vm.selectedProperty().set(vm.rows().get(0));

        assertEquals("gutscheine-Herbst.pdf", vm.suggestedFileName());
    }
}
