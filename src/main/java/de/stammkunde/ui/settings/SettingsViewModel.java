package de.stammkunde.ui.settings;

import de.stammkunde.domain.customers.Text;
import de.stammkunde.domain.loyalty.PointsMath;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.loyalty.Tier;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.loyalty.PointsRulesRefusedException;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings form: the shop's name and the points rules as text fields, checked on every change
 * with a message per field (shown once the user touched the field, typed in or left it, or for all after
 * a try to save, as in the customer form); loads and saves in the background.
 */
public final class SettingsViewModel {

    /** What the screen shows and saves: the shop's name and the points rules. */
    public record Values(String shopName, PointsRules rules) {
    }

    /** The fields that carry their own error message. */
    public enum Field { SHOP_NAME, POINTS_PER_EURO, REDEEM_POINTS, REDEEM_VALUE, MINIMUM, EXPIRY, TIERS }

    /** The fields of one tier row. */
    public enum TierCell { NAME, MIN_SPEND, MULTIPLIER }

    /** One editable row of the tiers table. */
    public static final class TierRow {
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty minSpend = new SimpleStringProperty("");
        private final StringProperty multiplier = new SimpleStringProperty("");
        /** The cells the user typed in or left: their messages may show. */
        private final Set<TierCell> touched = EnumSet.noneOf(TierCell.class);
        private final StringProperty error = new SimpleStringProperty("");

        public TierRow() {
            // Before the table's own listener, which shows the messages: a row's are registered first.
            name.addListener(o -> touched.add(TierCell.NAME));
            minSpend.addListener(o -> touched.add(TierCell.MIN_SPEND));
            multiplier.addListener(o -> touched.add(TierCell.MULTIPLIER));
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty minSpendProperty() {
            return minSpend;
        }

        public StringProperty multiplierProperty() {
            return multiplier;
        }

        /** Empty, or every message of this row shown now (one after the other), for under the row. */
        public ReadOnlyStringProperty errorProperty() {
            return error;
        }
    }

    private record Error(Field field, String text) {
    }

    /**
     * A problem in one cell of the tiers table; one between tiers ({@code always}) shows at once, also when the
     * stored rules have it (saved before it was refused): the owner sees why Save is off.
     */
    private record TierProblem(TierRow row, TierCell cell, Error error, boolean always) {
        TierProblem(TierRow row, TierCell cell, Error error) {
            this(row, cell, error, false);
        }
    }

    private final Supplier<Values> load;
    private final Consumer<Values> save;
    private final TaskRunner runner;
    private final Messages messages;
    private final Formats formats;
    private final DecimalFormat decimal;

    private final StringProperty shopName = new SimpleStringProperty("");
    private final StringProperty pointsPerEuro = new SimpleStringProperty("");
    private final StringProperty redeemPoints = new SimpleStringProperty("");
    private final StringProperty redeemValue = new SimpleStringProperty("");
    private final StringProperty minimumRedeem = new SimpleStringProperty("");
    private final StringProperty expiryMonths = new SimpleStringProperty("");
    private final ObservableList<TierRow> tiers = FXCollections.observableArrayList(
            row -> new Observable[] {row.name, row.minSpend, row.multiplier});
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private final Set<Field> touched = EnumSet.noneOf(Field.class);
    /** Set by a try to save while an entry is wrong: every message shows until the settings are read again. */
    private boolean showAll;
    /** True while the form is filled from the stored settings: that is no edit. */
    private boolean filling;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanBinding canSave;
    /** The form's texts as last loaded or saved: anything else is an edit not saved yet. */
    private List<String> unchanged = List.of();
    /** The rules as last loaded or saved: their redemption value is what every point is worth now. */
    private PointsRules savedRules;

    public SettingsViewModel(Supplier<Values> load, Consumer<Values> save, TaskRunner runner, Messages messages,
            Formats formats) {
        this.load = load;
        this.save = save;
        this.runner = runner;
        this.messages = messages;
        this.formats = formats;
        this.decimal = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(messages.locale()));
        for (Field field : Field.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
        Observable[] inputs = {pointsPerEuro, redeemPoints, redeemValue, minimumRedeem, expiryMonths, tiers};
        canSave = Bindings.createBooleanBinding(() -> loaded.get() && !busy.get() && validate().isEmpty(),
                shopName, pointsPerEuro, redeemPoints, redeemValue, minimumRedeem, expiryMonths, tiers, loaded, busy);
        touches(Field.SHOP_NAME, shopName);
        touches(Field.POINTS_PER_EURO, pointsPerEuro);
        touches(Field.REDEEM_POINTS, redeemPoints);
        touches(Field.REDEEM_VALUE, redeemValue);
        touches(Field.MINIMUM, minimumRedeem);
        touches(Field.EXPIRY, expiryMonths);
        for (Observable input : inputs) {
            input.addListener(o -> showErrors());
        }
        // As soon as the form differs from what is saved, the note says so (not only after a visit elsewhere);
        // typed back to the saved value, it goes again.
        shopName.addListener(o -> showErrors());
        shopName.addListener(o -> noteEdits());
        for (Observable input : inputs) {
            input.addListener(o -> noteEdits());
        }
    }

    /** Before the listener showing the messages: a change touches its field first. */
    private void touches(Field field, StringProperty input) {
        input.addListener(o -> {
            if (!filling) {
                touched.add(field);
            }
        });
    }

    private void noteEdits() {
        if (!filling) {
            message.set(edited() ? unsavedNote() : "");
        }
    }

    /**
     * The note while the form holds edits. While something keeps Save off, it says what: it said "Save applies
     * them" under the greyed-out button, and a tier just added showed no message until its cells were left.
     */
    private String unsavedNote() {
        List<Error> found = validate();
        if (!found.isEmpty()) {
            return blockedNote(found.get(0));
        }
        return messages.get(newRedemptionValue() ? "settings.unsavedValue" : "settings.unsaved");
    }

    /**
     * What keeps Save off, the first problem in the form's order: a tier without a name or minimum spend yet
     * (one just added) says what it still needs, anything else its message.
     */
    private String blockedNote(Error first) {
        if (first.field() == Field.TIERS && tiers.size() <= PointsMath.MAX_TIERS) {
            TierProblem problem = tierProblems().get(0);
            TierRow row = problem.row();
            boolean noName = tierName(row).isEmpty();
            boolean noMinSpend = row.minSpend.get() == null || row.minSpend.get().isBlank();
            if (problem.cell() == TierCell.NAME && noName || problem.cell() == TierCell.MIN_SPEND && noMinSpend) {
                String needs = noName && noMinSpend ? "both" : noName ? "name" : "minSpend";
                return messages.get("settings.unsavedNeeds",
                        messages.get("settings.tierNeeds." + needs, tiers.indexOf(row) + 1));
            }
        }
        return messages.get("settings.unsavedFix", first.text());
    }

    /**
     * True when the form's points and € (both valid) give a point another worth than the saved rules: the note
     * says that it counts for points booked from then on and that points already earned keep their worth (each
     * lot keeps the rule it was booked under), the question an owner changing it asks.
     */
    private boolean newRedemptionValue() {
        Optional<Integer> points = whole(redeemPoints.get()).filter(n -> n > 0);
        Optional<BigDecimal> value = money(redeemValue.get()).filter(v -> v.signum() > 0);
        return savedRules != null && points.isPresent() && value.isPresent()
                && value.get().multiply(BigDecimal.valueOf(savedRules.redeemPoints()))
                        .compareTo(savedRules.redeemValue().multiply(BigDecimal.valueOf(points.get()))) != 0;
    }

    /**
     * The user left a field, typed in or not: its message may show from now on, and a valid number shows
     * as the form is filled in ({@link #tidy(Field)}).
     */
    public void touch(Field field) {
        tidy(field);
        if (touched.add(field)) {
            showErrors();
        }
    }

    /**
     * The user left a cell of a tier row, typed in or not (e.g. tabbed past the name): its message may show,
     * and a valid number shows as the form is filled in.
     */
    public void touch(TierRow row, TierCell cell) {
        tidy(row, cell);
        if (row.touched.add(cell)) {
            showErrors();
        }
    }

    /**
     * A valid number in {@code field} written the locale's way, as loaded: "1,5" typed in English (read as
     * 1.5) stayed "1,5", and "1000" did not read "1,000" as the messages write it. Text that is no valid
     * entry stays as typed, with its message.
     */
    private void tidy(Field field) {
        if (validate().stream().anyMatch(e -> e.field() == field)) {
            return;
        }
        switch (field) {
            case POINTS_PER_EURO -> number(pointsPerEuro.get()).map(decimal::format).ifPresent(pointsPerEuro::set);
            case REDEEM_POINTS -> whole(redeemPoints.get()).map(formats::count).ifPresent(redeemPoints::set);
            case REDEEM_VALUE -> money(redeemValue.get()).map(formats::amount).ifPresent(redeemValue::set);
            case MINIMUM -> whole(minimumRedeem.get()).map(formats::count).ifPresent(minimumRedeem::set);
            case EXPIRY -> whole(expiryMonths.get()).map(formats::count).ifPresent(expiryMonths::set);
            default -> { }
        }
    }

    /** As {@link #tidy(Field)} for a tier's minimum spend or multiplier, when that cell holds no problem. */
    private void tidy(TierRow row, TierCell cell) {
        if (tierProblems().stream().anyMatch(p -> p.row() == row && p.cell() == cell && !p.always())) {
            return;
        }
        switch (cell) {
            case MIN_SPEND -> money(row.minSpend.get()).map(formats::amount).ifPresent(row.minSpend::set);
            case MULTIPLIER -> number(row.multiplier.get()).map(decimal::format).ifPresent(row.multiplier::set);
            default -> { }
        }
    }

    /** Reads the current settings in the background and fills the form. */
    public void load() {
        busy.set(true);
        runner.submit("settings.load", progress -> load.get(), values -> {
            busy.set(false);
            fill(values);
            unchanged = texts();
            loaded.set(true);
        }, error -> {
            busy.set(false);
            message.set(messages.get("settings.loadFailed"));
        });
    }

    /**
     * For each time the screen is shown again: reloads, unless the form holds edits not saved yet;
     * those stay as they were (leaving the screen must not throw them away), with a note saying so.
     */
    public void refresh() {
        if (edited()) {
            message.set(unsavedNote());
        } else {
            load();
        }
    }

    /** True when the form differs from what was last loaded or saved. */
    public boolean edited() {
        return loaded.get() && !texts().equals(unchanged);
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(shopName.get(), pointsPerEuro.get(), redeemPoints.get(),
                redeemValue.get(), minimumRedeem.get(), expiryMonths.get()));
        for (TierRow row : tiers) {
            texts.addAll(List.of(row.name.get(), row.minSpend.get(), row.multiplier.get()));
        }
        return texts;
    }

    private void fill(Values values) {
        filling = true;
        touched.clear();
        showAll = false;
        PointsRules rules = values.rules();
        savedRules = rules;
        shopName.set(values.shopName());
        pointsPerEuro.set(decimal.format(rules.pointsPerEuro()));
        // grouped as a field left shows them, or passing through "1000" changed it to "1.000", an edit
        redeemPoints.set(formats.count(rules.redeemPoints()));
        redeemValue.set(formats.amount(rules.redeemValue()));
        minimumRedeem.set(formats.count(rules.minimumRedeem()));
        expiryMonths.set(formats.count(rules.expiryMonths()));
        List<TierRow> rows = new ArrayList<>();
        for (Tier tier : rules.tiers()) {
            TierRow row = new TierRow();
            row.name.set(tier.name());
            row.minSpend.set(formats.amount(tier.minYearlySpend()));
            row.multiplier.set(decimal.format(tier.multiplier()));
            row.touched.clear();
            rows.add(row);
        }
        tiers.setAll(rows);
        filling = false;
        showErrors();
        message.set("");
    }

    /** Saves the shop's name and the rules in the background; the note says rules apply from now on. */
    public void save() {
        if (!canSave.get()) {
            if (loaded.get() && !busy.get()) {
                // A try to save: every message shows, also of fields the user has not been to yet.
                showAll = true;
                showErrors();
            }
            return;
        }
        Values values = new Values(shopName.get().strip(), rules().orElseThrow());
        // Saved by Enter in a field not left yet: as it will show once left, or leaving it noted an edit.
        for (Field field : Field.values()) {
            tidy(field);
        }
        for (TierRow row : tiers) {
            tidy(row, TierCell.MIN_SPEND);
            tidy(row, TierCell.MULTIPLIER);
        }
        List<String> saving = texts();
        boolean newValue = newRedemptionValue();
        busy.set(true);
        runner.submit("settings.save", progress -> {
            save.accept(values);
            return values;
        }, saved -> {
            busy.set(false);
            unchanged = saving;
            savedRules = saved.rules();
            message.set(messages.get(newValue ? "settings.savedValue" : "settings.saved"));
        }, error -> {
            busy.set(false);
            message.set(error instanceof PointsRulesRefusedException refused
                    ? refusedText(refused.problems()) : messages.get("settings.saveFailed"));
        });
    }

    /**
     * Rules the service refused though the form let them through (its checks and the service's differ): what
     * is wrong, not "the database did not answer".
     */
    private String refusedText(List<String> problems) {
        List<String> texts = new ArrayList<>();
        for (String problem : new LinkedHashSet<>(problems)) {
            if (!messages.has("points.rules." + problem)) {
                continue;
            }
            texts.add(messages.get("points.rules." + problem, PointsMath.MAX_POINTS_PER_EURO,
                    PointsMath.MAX_REDEEM_POINTS, formats.amount(PointsMath.MAX_REDEEM_VALUE),
                    PointsMath.MAX_MINIMUM_REDEEM, PointsMath.MAX_EXPIRY_MONTHS,
                    formats.amount(PointsMath.MAX_TIER_SPEND), PointsMath.MAX_MULTIPLIER));
        }
        return texts.isEmpty() ? messages.get("settings.saveFailed")
                : messages.get("settings.refused", String.join(" ", texts));
    }

    public void addTier() {
        TierRow row = new TierRow();
        row.multiplier.set("1");
        row.touched.clear();
        tiers.add(row);
    }

    public void removeTier(TierRow row) {
        tiers.remove(row);
    }

    /** The rules as entered, tiers lowest spend first; empty while any field is invalid. */
    public Optional<PointsRules> rules() {
        if (!validate().isEmpty()) {
            return Optional.empty();
        }
        List<Tier> tierList = new ArrayList<>();
        for (TierRow row : tiers) {
            tierList.add(new Tier(tierName(row), money(row.minSpend.get()).orElseThrow(),
                    number(row.multiplier.get()).orElseThrow()));
        }
        tierList.sort(Comparator.comparing(Tier::minYearlySpend));
        return Optional.of(new PointsRules(number(pointsPerEuro.get()).orElseThrow(),
                whole(redeemPoints.get()).orElseThrow(), money(redeemValue.get()).orElseThrow(),
                whole(minimumRedeem.get()).orElseThrow(), whole(expiryMonths.get()).orElseThrow(), tierList));
    }

    private List<Error> validate() {
        List<Error> found = new ArrayList<>();
        if (shopName.get() != null && shopName.get().strip().length() > SettingsService.MAX_SHOP_NAME) {
            // before, a name longer than its setting (4,000) failed the save with "the database did not answer"
            found.add(error(Field.SHOP_NAME, "validation.tooLong", SettingsService.MAX_SHOP_NAME));
        }
        Optional<BigDecimal> perEuro = number(pointsPerEuro.get());
        if (perEuro.isEmpty() || perEuro.get().signum() < 0
                || perEuro.get().compareTo(BigDecimal.valueOf(PointsMath.MAX_POINTS_PER_EURO)) > 0) {
            // "0,333" (a point per 3 €) is in the range: it has a decimal too many, and says so
            found.add(formats.hasMoreThanCents(pointsPerEuro.get())
                    ? error(Field.POINTS_PER_EURO, "settings.error.pointsPerEuroDecimals")
                    : error(Field.POINTS_PER_EURO, "settings.error.pointsPerEuro", PointsMath.MAX_POINTS_PER_EURO));
        }
        if (whole(redeemPoints.get()).filter(n -> n > 0 && n <= PointsMath.MAX_REDEEM_POINTS).isEmpty()) {
            found.add(error(Field.REDEEM_POINTS, "settings.error.redeemPoints", PointsMath.MAX_REDEEM_POINTS));
        }
        if (money(redeemValue.get()).filter(v -> v.signum() > 0 && v.compareTo(PointsMath.MAX_REDEEM_VALUE) <= 0)
                .isEmpty()) {
            found.add(error(Field.REDEEM_VALUE, "settings.error.redeemValue",
                    formats.amount(PointsMath.MAX_REDEEM_VALUE)));
        }
        if (whole(minimumRedeem.get()).filter(n -> n >= 0 && n <= PointsMath.MAX_MINIMUM_REDEEM).isEmpty()) {
            found.add(error(Field.MINIMUM, "settings.error.minimum", PointsMath.MAX_MINIMUM_REDEEM));
        }
        if (whole(expiryMonths.get()).filter(n -> n >= 0 && n <= PointsMath.MAX_EXPIRY_MONTHS).isEmpty()) {
            found.add(error(Field.EXPIRY, "settings.error.expiry", PointsMath.MAX_EXPIRY_MONTHS));
        }
        tierProblems().stream().findFirst().map(TierProblem::error).ifPresent(found::add);
        return found;
    }

    /** The problems in the tiers table, each naming its row (counted from 1); at most one per cell. */
    private List<TierProblem> tierProblems() {
        List<TierProblem> found = new ArrayList<>();
        if (tiers.size() > PointsMath.MAX_TIERS) {
            TierRow last = tiers.get(tiers.size() - 1);
            found.add(new TierProblem(last, TierCell.NAME, error(Field.TIERS, "settings.error.tierCount",
                    PointsMath.MAX_TIERS)));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            TierRow row = tiers.get(i);
            int n = i + 1;
            String name = tierName(row);
            if (name.isEmpty()) {
                found.add(new TierProblem(row, TierCell.NAME, error(Field.TIERS, "settings.error.tierName", n)));
            } else if (name.length() > PointsMath.MAX_TIER_NAME) {
                found.add(new TierProblem(row, TierCell.NAME, error(Field.TIERS, "settings.error.tierNameLength", n,
                        PointsMath.MAX_TIER_NAME)));
            } else if (name.contains("|") || name.contains(";")) {
                found.add(new TierProblem(row, TierCell.NAME, error(Field.TIERS, "settings.error.tierChars", n)));
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                found.add(new TierProblem(row, TierCell.NAME,
                        error(Field.TIERS, "settings.error.tierDuplicate", n, name)));
            }
            if (money(row.minSpend.get()).filter(v -> v.signum() >= 0 && v.compareTo(PointsMath.MAX_TIER_SPEND) <= 0)
                    .isEmpty()) {
                found.add(new TierProblem(row, TierCell.MIN_SPEND, error(Field.TIERS, "settings.error.tierMinSpend",
                        n, formats.amount(PointsMath.MAX_TIER_SPEND))));
            }
            if (number(row.multiplier.get()).filter(m -> m.compareTo(BigDecimal.ONE) >= 0
                    && m.compareTo(BigDecimal.valueOf(PointsMath.MAX_MULTIPLIER)) <= 0).isEmpty()) {
                found.add(new TierProblem(row, TierCell.MULTIPLIER, formats.hasMoreThanCents(row.multiplier.get())
                        ? error(Field.TIERS, "settings.error.tierMultiplierDecimals", n)
                        : error(Field.TIERS, "settings.error.tierMultiplier", n, PointsMath.MAX_MULTIPLIER)));
            }
        }
        found.addAll(tierOrderProblems());
        return found;
    }

    /**
     * Tiers that give the bigger spender no more (the highest minimum reached applies): the same minimum spend
     * twice, or a higher minimum multiplying less than a lower one. Among the named rows with valid numbers.
     */
    private List<TierProblem> tierOrderProblems() {
        List<TierRow> rows = new ArrayList<>();
        List<Tier> valid = new ArrayList<>();
        for (TierRow row : tiers) {
            Optional<BigDecimal> minSpend = money(row.minSpend.get())
                    .filter(v -> v.signum() >= 0 && v.compareTo(PointsMath.MAX_TIER_SPEND) <= 0);
            Optional<BigDecimal> multiplier = number(row.multiplier.get()).filter(m -> m.compareTo(BigDecimal.ONE) >= 0
                    && m.compareTo(BigDecimal.valueOf(PointsMath.MAX_MULTIPLIER)) <= 0);
            if (!tierName(row).isEmpty() && minSpend.isPresent() && multiplier.isPresent()) {
                rows.add(row);
                valid.add(new Tier(tierName(row), minSpend.get(), multiplier.get()));
            }
        }
        List<TierProblem> found = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            TierRow row = rows.get(i);
            int n = tiers.indexOf(row) + 1;
            Optional<Tier> same = PointsMath.sameMinimumBefore(i, valid);
            Optional<Tier> more = PointsMath.multipliesMoreBelow(valid.get(i), valid);
            if (same.isPresent()) {
                found.add(new TierProblem(row, TierCell.MIN_SPEND, error(Field.TIERS, "settings.error.tierSpendTwice",
                        n, formats.money(same.get().minYearlySpend()), same.get().name()), true));
            } else if (more.isPresent()) {
                found.add(new TierProblem(row, TierCell.MULTIPLIER, error(Field.TIERS, "settings.error.tierOrder",
                        n, more.get().name(), decimal.format(more.get().multiplier())), true));
            }
        }
        return found;
    }

    /**
     * A tier's name as it is stored: without a NUL (no text has one, and the database keeps none). A name
     * of only a NUL was taken, stored empty, and the rules read back with a nameless tier fell back to
     * the defaults: every rule the owner had set was gone.
     */
    private static String tierName(TierRow row) {
        return row.name.get() == null ? "" : Text.withoutNul(row.name.get()).strip();
    }

    private Error error(Field field, String key, Object... args) {
        return new Error(field, messages.get(key, args));
    }

    /**
     * The messages of the fields the user touched, or all after a try to save. Of the tiers each row has its
     * own, all of them: only the first problem of the whole table showed, below "Add tier", away from its row.
     */
    private void showErrors() {
        List<Error> found = validate();
        for (Field field : Field.values()) {
            errors.get(field).set(found.stream().filter(e -> e.field() == field && e.field() != Field.TIERS
                    && (showAll || touched.contains(field))).findFirst().map(Error::text).orElse(""));
        }
        List<TierProblem> shown = tierProblems().stream().filter(this::shows).toList();
        for (TierRow row : tiers) {
            row.error.set(shown.stream().filter(p -> p.row() == row).map(p -> p.error().text())
                    .collect(Collectors.joining("\n")));
        }
        errors.get(Field.TIERS).set(tiers.stream().map(row -> row.error.get()).filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n")));
    }

    /** The cell of {@code row} whose message shows first (the one to put the caret in), if any shows. */
    public Optional<TierCell> shownProblemCell(TierRow row) {
        return tierProblems().stream().filter(p -> p.row() == row && shows(p)).map(TierProblem::cell).findFirst();
    }

    /** Whether a tier's message shows: after a try to save, once its cell was touched, or always for its kind. */
    private boolean shows(TierProblem problem) {
        return showAll || problem.always() || problem.row().touched.contains(problem.cell());
    }

    private Optional<BigDecimal> money(String text) {
        return formats.parseMoney(text);
    }

    /** A decimal such as "1", "0,5" or "0.5" (both separators, at most two decimals). */
    private Optional<BigDecimal> number(String text) {
        return formats.parseMoney(text).map(BigDecimal::stripTrailingZeros);
    }

    /**
     * A whole number such as "100" or "1.000": with the thousands group the messages write their limits
     * in ("from 0 to 10.000"), which was refused here although the points account takes it.
     */
    private Optional<Integer> whole(String text) {
        return formats.parseWholeNumber(text);
    }

    public StringProperty shopNameProperty() {
        return shopName;
    }

    public StringProperty pointsPerEuroProperty() {
        return pointsPerEuro;
    }

    public StringProperty redeemPointsProperty() {
        return redeemPoints;
    }

    /** The redemption value's prompt: {@code 5,00} / {@code 5.00}. */
    public String redeemValueExample() {
        return formats.amount(new BigDecimal("5"));
    }

    /** Whether "€" stands before the amount fields (English) or after them (German). */
    public boolean euroFirst() {
        return formats.euroFirst();
    }

    public StringProperty redeemValueProperty() {
        return redeemValue;
    }

    public StringProperty minimumRedeemProperty() {
        return minimumRedeem;
    }

    public StringProperty expiryMonthsProperty() {
        return expiryMonths;
    }

    public ObservableList<TierRow> tiers() {
        return tiers;
    }

    /** A field's message; for {@link Field#TIERS} every tier row's shown, row after row (each row has its own). */
    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field);
    }

    /** Empty, or what happened: saved (with the note that rules apply from now on) or why not. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
