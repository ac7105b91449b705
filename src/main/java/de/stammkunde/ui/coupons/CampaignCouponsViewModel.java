package de.stammkunde.ui.coupons;

import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.service.printing.PrintableCoupon;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.FileSaver;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The coupons of the campaign chosen above: who has which code and whether it was used, found by
 * code, name or customer number; one coupon saved as PDF or PNG or printed (e.g. again for a
 * customer who lost it).
 */
public final class CampaignCouponsViewModel {

    /** The columns the coupons can be sorted by. */
    public enum CouponOrder {
        CODE, NUMBER, HOLDER, STATUS
    }

    private final CampaignService campaigns;
    private final SettingsService settings;
    private final CouponDocuments documents;
    private final TaskRunner runner;
    private final Debouncer debouncer;
    private final DialogService dialogs;
    private final ImagePrinter printer;
    private final FileSaver saver;
    private final Messages messages;
    private final CouponTexts texts;

    private final ObservableList<CampaignCoupon> rows = FXCollections.observableArrayList();
    /** The campaign's coupons with the text the filter looks in; the filter runs over it in the background. */
    private List<Findable> loaded = List.of();
    /** Counts loads and filter runs: only the latest one's rows are shown. */
    private int runs;
    private CouponOrder order;
    private boolean ascending = true;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<CampaignCoupon> selected = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty noCampaignsYet = new SimpleBooleanProperty();
    private final BooleanProperty campaignChosen = new SimpleBooleanProperty();
    private final BooleanBinding canUseCoupon = selected.isNull().or(busy).not();
    private Campaign campaign;

    public CampaignCouponsViewModel(CampaignService campaigns, SettingsService settings, CouponDocuments documents,
            TaskRunner runner, Debouncer debouncer, DialogService dialogs, ImagePrinter printer, Messages messages,
            Formats formats) {
        this.campaigns = campaigns;
        this.settings = settings;
        this.documents = documents;
        this.runner = runner;
        this.debouncer = debouncer;
        this.dialogs = dialogs;
        this.printer = printer;
        this.saver = new FileSaver(dialogs, runner, messages);
        this.messages = messages;
        this.texts = new CouponTexts(messages, formats);
        // A campaign for every customer has 100,000 coupons: looking through them waits for a pause in
        // typing and runs in the background, so the field never stalls.
        filter.addListener((o, old, text) -> debouncer.call(this::refilter));
        noCampaignsYet.addListener((o, old, none) -> {
            if (campaign == null) {
                emptyText.set(nothingChosen());
            }
        });
        show(null);
    }

    /**
     * Shows the coupons of this campaign (null: none chosen), loaded in the background; the same
     * campaign again (fresh figures) keeps the filter and the chosen coupon; another campaign starts
     * with an empty filter (a name typed for the last one would hide all of its coupons).
     */
    public void show(Campaign chosen) {
        boolean same = chosen != null && campaign != null && campaign.id() == chosen.id();
        String keep = same && selected.get() != null ? selected.get().code() : null;
        if (!same) {
            filter.set("");
        }
        campaign = chosen;
        campaignChosen.set(chosen != null);
        loaded = List.of();
        rows.clear();
        message.set("");
        int run = ++runs;
        if (chosen == null) {
            title.set(messages.get("coupons.codes.none"));
            emptyText.set(nothingChosen());
            return;
        }
        title.set(messages.get("coupons.codes.title", chosen.name()));
        emptyText.set(messages.get("task.coupons.codes"));
        Shown shown = shown();
        runner.submit("coupons.codes", p -> {
            List<Findable> all = campaigns.coupons(chosen.id()).stream().map(Findable::of).toList();
            return new Loaded(all, shown.of(all));
        }, found -> {
            if (campaign != chosen) {
                return;
            }
            loaded = found.all();
            title.set(messages.get("coupons.codes.count", chosen.name(), found.all().size()));
            emptyText.set(messages.get("coupons.codes.noMatch"));
            if (run == runs) {
                rows.setAll(found.matching());
                rows.stream().filter(k -> k.code().equals(keep)).findFirst().ifPresent(selected::set);
            } else {
                refilter(); // typed while loading: filter what has come
            }
        }, error -> {
            if (campaign == chosen) {
                emptyText.set(ErrorTexts.database(error, messages));
            }
        });
    }

    private record Loaded(List<Findable> all, List<CampaignCoupon> matching) {
    }

    /**
     * Sorts the coupons by this column (null: as loaded), in the background like the filter: sorting
     * 100,000 coupons by their status text in the table itself held the window for seconds.
     */
    public void sortBy(CouponOrder by, boolean up) {
        if (by == order && up == ascending) {
            return;
        }
        order = by;
        ascending = up;
        refilter();
    }

    /** Filters and sorts the coupons loaded, in the background; the latest text's and order's rows are shown. */
    private void refilter() {
        List<Findable> source = loaded;
        Shown shown = shown();
        int run = ++runs;
        runner.submit("search", p -> shown.of(source), found -> {
            if (run == runs) {
                rows.setAll(found);
            }
        }, error -> {
        });
    }

    /** A coupon with its names, company and customer number in lower case, made once when loaded. */
    private record Findable(CampaignCoupon coupon, String text) {
        static Findable of(CampaignCoupon k) {
            String first = Objects.toString(k.firstName(), "");
            String last = Objects.toString(k.lastName(), "");
            String text = String.join("\n", first + " " + last, last + " " + first,
                    Objects.toString(k.company(), ""), Objects.toString(k.customerNumber(), ""));
            return new Findable(k, text.toLowerCase(Locale.ROOT));
        }
    }

    private Shown shown() {
        return new Shown(filter.get(), order, ascending, texts::holder, messages.locale());
    }

    /** What the table shows of the coupons: those the text finds, in the order chosen; made in the background. */
    private record Shown(String text, CouponOrder order, boolean ascending, Function<CampaignCoupon, String> holder,
            Locale locale) {

        List<CampaignCoupon> of(List<Findable> all) {
            List<CampaignCoupon> found = matching(all);
            if (order == null) {
                return found;
            }
            Comparator<CampaignCoupon> by = switch (order) {
                case CODE -> Comparator.comparing(CampaignCoupon::code);
                // customer numbers are digits: "9" before "10"; a shared code has none and comes first
                case NUMBER -> Comparator.comparing(CampaignCoupon::customerNumber, Comparator.nullsFirst(
                        Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())));
                case HOLDER -> byHolder(found);
                // Not used first, a coupon a refund freed again among them (by name, as loaded); then the used
                // ones by their latest use. There is no other status: a coupon's validity is its campaign's.
                case STATUS -> Comparator.comparingInt(CampaignCoupon::usedCount).thenComparing(
                        CampaignCoupon::lastUsedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
            };
            List<CampaignCoupon> sorted = new ArrayList<>(found);
            sorted.sort(ascending ? by : by.reversed());
            return sorted;
        }

        /** Names in the order of the language ("Ärmel" beside "Arm"), each name's key made once. */
        private Comparator<CampaignCoupon> byHolder(List<CampaignCoupon> found) {
            Collator collator = Collator.getInstance(locale);
            Map<CampaignCoupon, CollationKey> keys = new IdentityHashMap<>();
            found.forEach(k -> keys.put(k, collator.getCollationKey(holder.apply(k))));
            return Comparator.comparing(keys::get);
        }

        /** Code (with or without hyphens, any case), name, company or customer number containing the text. */
        private List<CampaignCoupon> matching(List<Findable> all) {
            String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            // Three characters at least before codes count: a random code holds nearly every letter pair.
            String code = CouponCodes.normalise(wanted);
            return all.stream()
                    .filter(f -> wanted.isEmpty() || (code.length() >= 3 && f.coupon().code().contains(code))
                            || f.text().contains(wanted))
                    .map(Findable::coupon).toList();
        }
    }

    public String code(CampaignCoupon coupon) {
        return CouponCodes.format(coupon.code());
    }

    public String holder(CampaignCoupon coupon) {
        return texts.holder(coupon);
    }

    public String status(CampaignCoupon coupon) {
        return texts.status(coupon);
    }

    public void savePdf() {
        save("pdf", (coupon, file) -> documents.writePdf(List.of(coupon), file, Progress.NONE));
    }

    public void savePng() {
        save("png", documents::writePng);
    }

    /** Asks for the printer, then prints the chosen coupon at its size (A7) in the background. */
    public void print() {
        Optional<Chosen> coupon = chosen();
        if (coupon.isEmpty()) {
            return;
        }
        ImagePrinter.Start start = printer.start();
        if (start.job() == null) {
            ImagePrinter.report(start.refusal(), "coupons.printOne", messages, dialogs, message::set);
            return;
        }
        busy.set(true);
        runner.submit("coupons.printOne", p -> {
            PrintableCoupon printable = printable(coupon.get());
            return ImagePrinter.print(start.job(), 1, page -> documents.image(printable, CouponDocuments.PNG_DPI),
                    CouponDocuments.WIDTH_MM, CouponDocuments.HEIGHT_MM, p);
        }, outcome -> {
            busy.set(false);
            ImagePrinter.report(outcome, "coupons.printOne", messages, dialogs, message::set);
        }, error -> {
            busy.set(false);
            dialogs.showError(messages.get("coupons.printOne.title"), messages.get("coupons.printOne.failed"));
        });
    }

    @FunctionalInterface
    private interface Writer {
        void write(PrintableCoupon coupon, Path file) throws IOException;
    }

    private void save(String extension, Writer writer) {
        chosen().ifPresent(coupon -> saver.save("coupons.codes", messages.get("coupons.codes.fileName",
                coupon.coupon().code()), extension, file -> writer.write(printable(coupon), file), busy, message::set));
    }

    /** The chosen coupon of the campaign shown, unless something is being saved or printed. */
    private Optional<Chosen> chosen() {
        CampaignCoupon coupon = selected.get();
        if (coupon == null || campaign == null || busy.get()) {
            return Optional.empty();
        }
        return Optional.of(new Chosen(campaign, coupon));
    }

    private record Chosen(Campaign campaign, CampaignCoupon coupon) {
    }

    /** The coupon as it is printed; reads the shop's name, so in the background. */
    private PrintableCoupon printable(Chosen chosen) {
        return texts.printable(chosen.campaign(), settings.shopName(), List.of(chosen.coupon())).get(0);
    }

    public ObservableList<CampaignCoupon> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<CampaignCoupon> selectedProperty() {
        return selected;
    }

    /** "Coupons of "Birthday November" (12)" above the table. */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** "Choose a campaign above …", or with no campaign at all where the coupons will show. */
    private String nothingChosen() {
        return messages.get(noCampaignsYet.get() ? "coupons.codes.noCampaign" : "coupons.codes.choose");
    }

    /** Set while there is no campaign at all: "choose one above" would point at an empty list. */
    public BooleanProperty noCampaignsYetProperty() {
        return noCampaignsYet;
    }

    /** A campaign is shown: before, the search has nothing to look through and the list nothing to choose. */
    public BooleanProperty campaignChosenProperty() {
        return campaignChosen;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A coupon is chosen and nothing is being saved or printed. */
    public BooleanBinding canUseCouponProperty() {
        return canUseCoupon;
    }
}
