package de.stammkunde.ui.coupons;

import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.coupons.CouponMessages;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.service.printing.PrintableCoupon;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The campaigns list with statistics, and saving a campaign's coupons as one PDF. */
public final class CampaignsViewModel {

    private final CampaignService campaigns;
    private final SettingsService settings;
    private final CouponDocuments documents;
    private final TaskRunner runner;
    private final Messages messages;
    private final Formats formats;

    private final ObservableList<CampaignStats> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignStats> selected = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("");
    private TaskRunner.Handle running;

    public CampaignsViewModel(CampaignService campaigns, SettingsService settings, CouponDocuments documents,
            TaskRunner runner, Messages messages, Formats formats) {
        this.campaigns = campaigns;
        this.settings = settings;
        this.documents = documents;
        this.runner = runner;
        this.messages = messages;
        this.formats = formats;
        this.emptyText.set(messages.get("task.coupons.load"));
    }

    public void refresh() {
        runner.submit("coupons.load", p -> campaigns.list(), list -> {
            emptyText.set(messages.get("coupons.empty"));
            Long keep = selected.get() == null ? null : selected.get().campaign().id();
            rows.setAll(list);
            rows.stream().filter(r -> keep != null && r.campaign().id() == keep).findFirst()
                    .ifPresent(selected::set);
        }, error -> message.set(messages.get("error.database")));
    }

    /** "10 % off", "5,00 € off", "Free: a coffee". */
    public String offer(CampaignStats row) {
        return CouponMessages.offer(row.campaign().offer(), messages, formats);
    }

    public String validity(Campaign c) {
        return messages.get("coupons.validity", formats.date(c.validFrom()), formats.date(c.validTo()));
    }

    /** The redemption rate as a percentage, "–" where there is nothing to divide by. */
    public String rate(CampaignStats row) {
        return row.redemptionRate() == null ? "–" : messages.get("coupons.rate", row.redemptionRate());
    }

    public String suggestedFileName() {
        CampaignStats row = selected.get();
        String name = row == null ? "" : row.campaign().name().replaceAll("[^\\p{L}\\p{N}]+", "-");
        return messages.get("coupons.pdf.fileName", name);
    }

    /** Writes every coupon of the selected campaign into one PDF, in the background, with progress. */
    public void savePdf(Path file) {
        CampaignStats row = selected.get();
        if (row == null || saving.get()) {
            return;
        }
        Campaign campaign = row.campaign();
        saving.set(true);
        message.set(messages.get("coupons.pdf.running"));
        running = runner.submit("coupons.pdf", p -> {
            List<PrintableCoupon> coupons = printable(campaign, settings.shopName(), campaigns.coupons(campaign.id()));
            documents.writePdf(coupons, file, p);
            return coupons.size();
        }, count -> {
            finished();
            message.set(messages.get("coupons.pdf.done", count, file.toString()));
        }, error -> {
            finished();
            message.set(failure(error, file));
        });
        if (running != null && saving.get()) {
            progress.bind(running.progressProperty());
        }
    }

    List<PrintableCoupon> printable(Campaign campaign, String shopName, List<CampaignCoupon> codes) {
        String offer = CouponMessages.offer(campaign.offer(), messages, formats);
        String validity = validity(campaign);
        return codes.stream().map(k -> new PrintableCoupon(shopName, campaign.name(), offer, validity,
                printedName(k),
                CouponCodes.format(k.code()))).toList();
    }

    /** "Anna Müller" as on a letter; the company when there is no personal name. */
    private static String printedName(CampaignCoupon coupon) {
        if (coupon.customerId() == null) {
            return "";
        }
        String person = (coupon.firstName() + " " + coupon.lastName()).strip();
        return person.isEmpty() ? coupon.company() : person;
    }

    private void finished() {
        running = null;
        progress.unbind();
        progress.set(0);
        saving.set(false);
    }

    private String failure(Throwable error, Path file) {
        if (error instanceof CancellationException) {
            return messages.get("coupons.pdf.cancelled");
        }
        if (error instanceof IOException) {
            return messages.get("coupons.pdf.failed", file.toString(), String.valueOf(error.getMessage()));
        }
        return messages.get("error.unexpected", String.valueOf(error.getMessage()));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public ObservableList<CampaignStats> rows() {
        return rows;
    }

    public ObjectProperty<CampaignStats> selectedProperty() {
        return selected;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** What the empty table says: "loading …" until the first list arrives, then how to make a campaign. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
