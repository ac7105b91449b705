package de.stammkunde.ui.coupons;

import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.coupons.TargetWords;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.service.printing.PrintableCoupon;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.FileFailures;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/** The campaigns list with statistics, and a campaign's coupons as one PDF or on the printer (A4 sheets of eight). */
public final class CampaignsViewModel {

    /** Sheets go to the printer at this resolution: sharp text and QR codes, a sheet image of some 15 MB. */
    static final int SHEET_DPI = 200;
    /** More sheets than this are printed only after a question: a click by mistake must not empty the paper tray. */
    static final int ASK_ABOVE_SHEETS = 10;

    private final CampaignService campaigns;
    private final SettingsService settings;
    private final CouponDocuments documents;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ImagePrinter printer;
    private final Messages messages;
    private final CouponTexts texts;
    private final Formats formats;
    private final TargetWords targetWords;
    private final BooleanProperty noCampaignsYet = new SimpleBooleanProperty();

    private final ObservableList<CampaignStats> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignStats> selected = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("");
    private TaskRunner.Handle running;
    /** The campaigns of the last load, to tell one made since. */
    private final Set<Long> known = new HashSet<>();

    public CampaignsViewModel(CampaignService campaigns, SettingsService settings, CouponDocuments documents,
            TaskRunner runner, DialogService dialogs, ImagePrinter printer, Messages messages, Formats formats) {
        this.campaigns = campaigns;
        this.settings = settings;
        this.documents = documents;
        this.runner = runner;
        this.dialogs = dialogs;
        this.printer = printer;
        this.messages = messages;
        this.texts = new CouponTexts(messages, formats);
        this.formats = formats;
        this.targetWords = new TargetWords(messages);
        this.emptyText.set(messages.get("task.coupons.load"));
        // "53 Gutscheine in … gespeichert." stayed under a campaign just created or chosen since, as if said of
        // it: what is said of one campaign goes when another is shown (not while its coupons are still saved).
        selected.addListener((o, old, now) -> {
            if (!saving.get() && campaignId(old) != campaignId(now)) {
                message.set("");
            }
        });
    }

    private static long campaignId(CampaignStats row) {
        return row == null ? -1 : row.campaign().id();
    }

    /**
     * Loads the campaigns. A campaign made since the last load (in the form here, or from the
     * customer list) is the one chosen, so "Print all …" prints it and not the one before; else the
     * one chosen before stays, else the first (newest). Its coupons show below at once.
     */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().campaign().id();
        runner.submit("coupons.load", p -> campaigns.list(), list -> {
            emptyText.set(messages.get("coupons.empty"));
            noCampaignsYet.set(list.isEmpty());
            Optional<CampaignStats> made = known.isEmpty() ? Optional.empty()
                    : list.stream().filter(r -> !known.contains(r.campaign().id())).findFirst();
            known.clear();
            list.forEach(r -> known.add(r.campaign().id()));
            rows.setAll(list);
            selected.set(made.or(() -> rows.stream().filter(r -> keep != null && r.campaign().id() == keep)
                    .findFirst()).orElse(rows.isEmpty() ? null : rows.get(0)));
        }, error -> message.set(ErrorTexts.database(error, messages)));
    }

    /** "10 % off", "5,00 € off on 30,00 € or more", "Free: a coffee". */
    public String offer(CampaignStats row) {
        return texts.listedOffer(row.campaign());
    }

    /** True once the list is loaded and holds no campaign: nothing to choose for the coupons below. */
    public BooleanProperty noCampaignsYetProperty() {
        return noCampaignsYet;
    }

    /**
     * Whom the campaign is for: a campaign for one customer by the name and number of who holds its coupon
     * now, "Müller, Anna (100001)" (also after that customer was merged into another); else its target.
     */
    public String target(CampaignStats row) {
        String number = row.holderNumber();
        // an erased customer has no name left: the campaign's own words ("Kunde 100001") say it
        return number != null && !row.holderName().isBlank()
                && row.campaign().target() instanceof CampaignTarget.OneCustomer
                ? messages.get("coupons.target.customerNamed", row.holderName(), number) : target(row.campaign());
    }

    /**
     * Whom the campaign is for, in the language the app runs in now ("Kunde 100001", "Customer 100001"
     * for the same campaign), or a shared code with its limit; without one "Gemeinsamer Code, unbegrenzt"
     * (it said "höchstens ∞×"). A campaign whose target was stored only in words, and not recognised,
     * shows those words.
     */
    public String target(Campaign c) {
        if (c.codeMode() != CodeMode.SHARED) {
            return targetWords.of(c.target(), c.targetDescription());
        }
        return c.redemptionLimit() == null ? messages.get("coupons.sharedUnlimited")
                : messages.get("coupons.shared", formats.count(c.redemptionLimit()));
    }

    /** "24.11. – 24.12.2026": the year once where both dates share it (on paper: both dates in full). */
    public String validity(Campaign c) {
        return texts.shortValidity(c);
    }

    /**
     * "11 (52 %)": the redemptions and their rate, in one column so the table fits a small window;
     * just the count where there is nothing to divide by.
     */
    public String redeemed(CampaignStats row) {
        return row.redemptionRate() == null ? messages.get("coupons.redeemed", row.redeemed())
                : messages.get("coupons.redeemedRate", row.redeemed(), row.redemptionRate());
    }

    /**
     * Beside the redemptions, on hovering: "One use was refunded; it does not count here."; "" without
     * refunds. Not in the cell itself, where it took the width the "For" column needs.
     */
    public String refundedUses(CampaignStats row) {
        return row.refunded() == 0 ? "" : messages.get("coupons.redeemedRefunded", row.refunded());
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
        started("coupons.pdf", p -> {
            List<PrintableCoupon> coupons = printable(campaign);
            documents.writePdf(coupons, file, p);
            return coupons.size();
        }, count -> message.set(messages.get("coupons.pdf.done", count, file.toString())), file);
    }

    /** Asks for the printer, then prints every coupon of the selected campaign in the background, sheet by sheet. */
    public void print() {
        CampaignStats row = selected.get();
        if (row == null || saving.get()) {
            return;
        }
        Campaign campaign = row.campaign();
        int sheets = CouponDocuments.pages(row.issued());
        if (sheets > ASK_ABOVE_SHEETS && !dialogs.confirm(messages.get("coupons.print.title"),
                messages.get("coupons.print.many", row.issued(), sheets), messages.get("coupons.print.yes"),
                messages.get("action.cancel"))) {
            return;
        }
        ImagePrinter.Start start = printer.start();
        if (start.job() == null) {
            ImagePrinter.report(start.refusal(), "coupons.print", messages, dialogs, message::set);
            return;
        }
        started("coupons.print", p -> {
            List<PrintableCoupon> coupons = printable(campaign);
            int count = CouponDocuments.pages(coupons.size());
            ImagePrinter.Outcome outcome = ImagePrinter.print(start.job(), count,
                    sheet -> documents.page(coupons, sheet, SHEET_DPI), CouponDocuments.A4_WIDTH_MM,
                    CouponDocuments.A4_HEIGHT_MM, p);
            return new Printed(outcome, coupons.size(), count);
        }, printed -> ImagePrinter.report(printed.outcome(), "coupons.print", messages, dialogs, message::set,
                printed.coupons(), printed.sheets()), null);
    }

    private record Printed(ImagePrinter.Outcome outcome, int coupons, int sheets) {
    }

    private List<PrintableCoupon> printable(Campaign campaign) {
        return printable(campaign, settings.shopName(), campaigns.coupons(campaign.id()));
    }

    List<PrintableCoupon> printable(Campaign campaign, String shopName, List<CampaignCoupon> codes) {
        return texts.printable(campaign, shopName, codes);
    }

    /** Runs PDF or print work with progress and Cancel; {@code task} names its texts too ({@code .running} …). */
    private <T> void started(String task, TaskRunner.Work<T> work, java.util.function.Consumer<T> done, Path file) {
        saving.set(true);
        message.set(messages.get(task + ".running"));
        running = runner.submit(task, work, result -> {
            finished();
            done.accept(result);
        }, error -> {
            finished();
            message.set(failure(error, task, file));
        });
        if (running != null && saving.get()) {
            progress.bind(running.progressProperty());
        }
    }

    private void finished() {
        running = null;
        progress.unbind();
        progress.set(0);
        saving.set(false);
    }

    private String failure(Throwable error, String task, Path file) {
        if (error instanceof CancellationException) {
            return messages.get(task + ".cancelled");
        }
        if (error instanceof IOException && file != null) {
            return messages.get("coupons.pdf.failed", file.toString(), FileFailures.writeReason(error, messages));
        }
        return ErrorTexts.unexpected(error, messages);
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
