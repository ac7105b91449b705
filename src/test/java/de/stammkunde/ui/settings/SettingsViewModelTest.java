package de.stammkunde.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.loyalty.PointsMath;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.loyalty.Tier;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.loyalty.PointsRulesRefusedException;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.settings.SettingsViewModel.Field;
import de.stammkunde.ui.settings.SettingsViewModel.TierCell;
import de.stammkunde.ui.settings.SettingsViewModel.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsViewModelTest {

    private final Messages messages = new Messages(Locale.GERMANY);
    private final List<Values> saved = new ArrayList<>();
    private final AtomicReference<Values> stored = new AtomicReference<>(new Values("Café Bohne", PointsRules.DEFAULT));
    private final AtomicInteger loads = new AtomicInteger();
    private SettingsViewModel form;

    @BeforeEach
    void loadDefaults() {
        form = form(saved::add);
        form.load();
    }

    private SettingsViewModel form(Consumer<Values> save) {
        return new SettingsViewModel(() -> {
            loads.incrementAndGet();
            return stored.get();
        }, save,
                new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY));
    }

    @Test
    void loadingFillsTheFormWithTheCurrentRules() {
        assertEquals("Café Bohne", form.shopNameProperty().get());
        assertEquals("1", form.pointsPerEuroProperty().get());
        assertEquals("100", form.redeemPointsProperty().get());
        assertEquals("5,00", form.redeemValueProperty().get());
        assertEquals("0", form.expiryMonthsProperty().get());
        assertTrue(form.canSaveProperty().get());
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource({
        "POINTS_PER_EURO, -1, 'Bitte eine Zahl von 0 bis 100 eingeben, z.\u00a0B. 1 oder 0,5.'",
        "POINTS_PER_EURO, viel, 'Bitte eine Zahl von 0 bis 100 eingeben, z.\u00a0B. 1 oder 0,5.'",
        "POINTS_PER_EURO, '100,01', 'Bitte eine Zahl von 0 bis 100 eingeben, z.\u00a0B. 1 oder 0,5.'",
        "POINTS_PER_EURO, 2000000000, 'Bitte eine Zahl von 0 bis 100 eingeben, z.\u00a0B. 1 oder 0,5.'",
        "REDEEM_POINTS, 0, 'Bitte eine ganze Punktzahl von 1 bis 10.000 eingeben, z.\u00a0B. 100.'",
        "REDEEM_POINTS, 10001, 'Bitte eine ganze Punktzahl von 1 bis 10.000 eingeben, z.\u00a0B. 100.'",
        "REDEEM_VALUE, '0,00', 'Bitte einen Betrag von 0,01 bis 1.000,00 eingeben, z.\u00a0B. 5,00.'",
        "REDEEM_VALUE, '1000,01', 'Bitte einen Betrag von 0,01 bis 1.000,00 eingeben, z.\u00a0B. 5,00.'",
        "MINIMUM, -5, 'Bitte eine ganze Punktzahl von 0 bis 10.000 eingeben.'",
        "MINIMUM, 10001, 'Bitte eine ganze Punktzahl von 0 bis 10.000 eingeben.'",
        "EXPIRY, 121, 'Bitte eine ganze Zahl von Monaten von 0 bis 120 eingeben (0 = nie).'",
        "EXPIRY, -1, 'Bitte eine ganze Zahl von Monaten von 0 bis 120 eingeben (0 = nie).'",
    })
    void anInvalidValueShowsItsMessageAndDisablesSave(Field field, String text, String message) {
        input(field).accept(text);

        assertEquals(message, form.errorProperty(field).get());
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void wholeNumbersTakeTheThousandsGroupTheMessagesShow() {
        // "1.000" as the minimum was refused with "from 0 to 10.000", written the same way it was typed
        form.redeemPointsProperty().set("1.000");
        form.minimumRedeemProperty().set("10.000");

        assertEquals("", form.errorProperty(Field.REDEEM_POINTS).get());
        assertEquals("", form.errorProperty(Field.MINIMUM).get());
        assertTrue(form.canSaveProperty().get());
        form.save();
        assertEquals(1000, saved.get(0).rules().redeemPoints());
        assertEquals(10000, saved.get(0).rules().minimumRedeem());
    }

    @Test
    void aFieldLeftShowsItsValidNumberTheLocalesWayAndItReadsTheSameAgain() {
        // "1.5" in points per € was read as 1,5 but stayed "1.5"; "1000" did not read "1.000" as the messages write
        form.pointsPerEuroProperty().set("1.5");
        form.minimumRedeemProperty().set("1000");
        form.redeemValueProperty().set("2.5");
        form.redeemPointsProperty().set("1,5");
        tier("Gold", "1000", "1.5");
        for (Field field : Field.values()) {
            form.touch(field);
        }
        form.touch(form.tiers().get(0), TierCell.MIN_SPEND);
        form.touch(form.tiers().get(0), TierCell.MULTIPLIER);

        assertEquals("1,5", form.pointsPerEuroProperty().get());
        assertEquals("1.000", form.minimumRedeemProperty().get());
        assertEquals("2,50", form.redeemValueProperty().get());
        assertEquals("1.000,00", form.tiers().get(0).minSpendProperty().get());
        assertEquals("1,5", form.tiers().get(0).multiplierProperty().get());
        assertEquals("1,5", form.redeemPointsProperty().get(), "no whole number: it stays as typed");
        assertFalse(form.errorProperty(Field.REDEEM_POINTS).get().isEmpty());

        form.redeemPointsProperty().set("10.000");
        form.save();
        PointsRules rules = saved.get(0).rules();
        assertEquals(new PointsRules(new BigDecimal("1.5"), 10000, new BigDecimal("2.50"), 1000, 0,
                List.of(new Tier("Gold", new BigDecimal("1000.00"), new BigDecimal("1.5")))), rules);
        stored.set(saved.get(0));
        form.load();
        assertEquals(List.of("1,5", "10.000", "2,50", "1.000", "0"), List.of(form.pointsPerEuroProperty().get(),
                form.redeemPointsProperty().get(), form.redeemValueProperty().get(),
                form.minimumRedeemProperty().get(), form.expiryMonthsProperty().get()));
        for (Field field : Field.values()) {
            form.touch(field);
        }
        assertFalse(form.edited(), "leaving a field as loaded is no edit");
        assertEquals(Optional.of(rules), form.rules(), "\"1.000\" as written back reads 1000 again");
    }

    @Test
    void inEnglishACommaTypedForTheDecimalPointShowsAsAPointOnceTheFieldIsLeft() {
        form = new SettingsViewModel(stored::get, saved::add, new CurrentThreadTaskRunner(),
                new Messages(Locale.UK), new Formats(Locale.UK));
        form.load();
        form.pointsPerEuroProperty().set("1,5");
        form.minimumRedeemProperty().set("2500");
        form.expiryMonthsProperty().set("12 months");

        form.touch(Field.POINTS_PER_EURO);
        form.touch(Field.MINIMUM);
        form.touch(Field.EXPIRY);

        assertEquals("1.5", form.pointsPerEuroProperty().get());
        assertEquals("2,500", form.minimumRedeemProperty().get());
        assertEquals("12 months", form.expiryMonthsProperty().get());
        form.expiryMonthsProperty().set("12");
        form.save();
        assertEquals(new BigDecimal("1.5"), saved.get(0).rules().pointsPerEuro());
        assertEquals(2500, saved.get(0).rules().minimumRedeem());
        stored.set(saved.get(0));
        form.load();
        assertEquals("2,500", form.minimumRedeemProperty().get());
        assertEquals(Optional.of(saved.get(0).rules()), form.rules());
    }

    @Test
    void savedByEnterBeforeTheFieldWasLeftItShowsAsLoadedAndLeavingItIsNoEdit() {
        form.minimumRedeemProperty().set("1000");

        form.save();
        form.touch(Field.MINIMUM);

        assertEquals("1.000", form.minimumRedeemProperty().get());
        assertEquals(1000, saved.get(0).rules().minimumRedeem());
        assertFalse(form.edited());
    }

    @Test
    void moreThanTwoDecimalsSaySoRatherThanThatTheNumberIsOutOfRange() {
        // "0,333" points per € (one point per 3 €) read "please enter a number from 0 to 100": it is one
        form.pointsPerEuroProperty().set("0,333");
        tier("Gold", "500", "1,125");
        form.touch(form.tiers().get(0), TierCell.MULTIPLIER);

        assertEquals("Bitte höchstens zwei Nachkommastellen eingeben, z.\u00a0B. 0,33.",
                form.errorProperty(Field.POINTS_PER_EURO).get());
        assertEquals("Stufe 1: Bitte einen Faktor mit höchstens zwei Nachkommastellen eingeben, z.\u00a0B. 1,25.",
                form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void aNewRedemptionValueSaysItCountsForPointsBookedFromNowOnOnly() {
        // it said the new value applied to the points already earned too, and the counter valued them so
        form.redeemValueProperty().set("2,00");

        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Speichern übernimmt sie; der neue Einlösewert "
                + "gilt dann für die ab jetzt gebuchten Punkte, schon gesammelte behalten ihren Wert.",
                form.messageProperty().get());
        form.save();
        assertEquals("Gespeichert. Der neue Einlösewert gilt für die ab jetzt gebuchten Punkte; schon gesammelte "
                + "Punkte behalten ihren Wert und ihr Verfallsdatum.", form.messageProperty().get());

        form.expiryMonthsProperty().set("24");
        assertEquals(messages.get("settings.unsaved"), form.messageProperty().get(), "the value saved is the rate now");
        form.save();
        assertEquals(messages.get("settings.saved"), form.messageProperty().get());
    }

    @Test
    void theSameRateWrittenOtherwiseIsNoNewRedemptionValue() {
        form.redeemPointsProperty().set("200");
        form.redeemValueProperty().set("10");

        assertEquals(messages.get("settings.unsaved"), form.messageProperty().get());
        form.save();
        assertEquals(messages.get("settings.saved"), form.messageProperty().get());
    }

    @Test
    void aFailedSaveSaysSoAndKeepsTheEntries() {
        form = form(values -> {
            throw new IllegalStateException("disk full");
        });
        form.load();
        form.pointsPerEuroProperty().set("2");

        form.save();

        assertEquals(messages.get("settings.saveFailed"), form.messageProperty().get());
        assertEquals("2", form.pointsPerEuroProperty().get());
        assertTrue(form.canSaveProperty().get(), "saving again is possible");
    }

    @Test
    void rulesTheServiceRefusesSayWhatIsWrongNotThatTheDatabaseFailed() {
        // The form let them through, the service refused them: the owner read "the database did not answer".
        form = form(values -> {
            throw new PointsRulesRefusedException(List.of("expiry", "tierOrder"));
        });
        form.load();
        form.expiryMonthsProperty().set("24");

        form.save();

        assertEquals("Die Einstellungen wurden nicht gespeichert. Punkte verfallen nach: Bitte eine ganze Zahl von"
                + " Monaten von 0 bis 120 eingeben (0 = nie). Stufen: Eine Stufe mit höherem Mindestumsatz sollte"
                + " mindestens so viel multiplizieren wie die Stufen darunter.", form.messageProperty().get());
        assertEquals("24", form.expiryMonthsProperty().get());
        assertTrue(form.canSaveProperty().get(), "saving again is possible");
    }

    @Test
    void everyRuleTheServiceCanRefuseHasItsOwnTextInBothLanguages() {
        for (Locale locale : List.of(Locale.GERMANY, Locale.UK)) {
            Messages language = new Messages(locale);
            for (String problem : PointsMath.PROBLEMS) {
                SettingsViewModel refusing = new SettingsViewModel(stored::get, values -> {
                    throw new PointsRulesRefusedException(List.of(problem));
                }, new CurrentThreadTaskRunner(), language, new Formats(locale));
                refusing.load();

                refusing.save();

                String text = refusing.messageProperty().get();
                assertTrue(language.has("points.rules." + problem), locale + ": " + problem);
                assertTrue(text.startsWith(language.get("settings.refused", ""))
                        && text.length() > language.get("settings.refused", "").length() + 10
                        && !text.contains("{") && !text.contains("!"), locale + ": " + problem + " → " + text);
            }
        }
    }

    @Test
    void correctingTheValueClearsTheMessageAndEnablesSave() {
        form.expiryMonthsProperty().set("200");
        form.expiryMonthsProperty().set("24");

        assertEquals("", form.errorProperty(Field.EXPIRY).get());
        assertTrue(form.canSaveProperty().get());
    }

    @Test
    void pointsPerEuroAcceptsCommaAndPointAsDecimalSign() {
        form.pointsPerEuroProperty().set("0.5");
        assertEquals(new BigDecimal("0.5"), form.rules().orElseThrow().pointsPerEuro());
        form.pointsPerEuroProperty().set("0,5");
        assertEquals(new BigDecimal("0.5"), form.rules().orElseThrow().pointsPerEuro());
    }

    @Test
    void aTierWithoutNameIsRefused() {
        form.addTier();
        form.tiers().get(0).minSpendProperty().set("500");
        form.touch(form.tiers().get(0), TierCell.NAME);

        assertEquals("Stufe 1: Bitte einen Namen eingeben.", form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void aTierJustAddedSaysNothingUntilItsNameIsTypedInOrLeft() {
        form.addTier();

        assertEquals("", form.errorProperty(Field.TIERS).get(), "the caret is only just in the name");
        assertFalse(form.canSaveProperty().get());
        form.touch(form.tiers().get(0), TierCell.NAME);
        assertEquals("Stufe 1: Bitte einen Namen eingeben.", form.errorProperty(Field.TIERS).get());
    }

    @Test
    void typingANewTiersNameSaysNothingAboutTheMinimumSpendNotReachedYet() {
        form.addTier();
        SettingsViewModel.TierRow row = form.tiers().get(0);

        row.nameProperty().set("Gold");
        assertEquals("", form.errorProperty(Field.TIERS).get());

        form.touch(row, TierCell.MIN_SPEND);
        assertEquals("Stufe 1: Bitte einen Mindestumsatz von 0,00 bis 1.000.000,00 eingeben.",
                form.errorProperty(Field.TIERS).get());
    }

    @Test
    void aTryToSaveShowsEveryMessageAndSavesNothing() {
        form.addTier();

        form.save();

        assertTrue(saved.isEmpty());
        assertEquals("Stufe 1: Bitte einen Namen eingeben.\n"
                + "Stufe 1: Bitte einen Mindestumsatz von 0,00 bis 1.000.000,00 eingeben.",
                form.tiers().get(0).errorProperty().get());
    }

    @Test
    void theNoteSaysAtOnceThatChangesAreNotSavedAndGoesWhenTheyAreUndone() {
        form.shopNameProperty().set("Café Bohne & Co");
        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Speichern übernimmt sie.",
                form.messageProperty().get());

        form.shopNameProperty().set("Café Bohne");
        assertEquals("", form.messageProperty().get(), "as saved again");
        form.expiryMonthsProperty().set("12");
        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Speichern übernimmt sie.",
                form.messageProperty().get());
    }

    @Test
    void aTierJustAddedSaysInTheNoteWhatItStillNeedsWhileSaveIsOff() {
        // the note said "Speichern übernimmt sie" under the greyed-out button, and nothing said why it was off
        form.addTier();
        SettingsViewModel.TierRow row = form.tiers().get(0);

        assertFalse(form.canSaveProperty().get());
        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Stufe 1 braucht noch einen Namen und einen "
                + "Mindestumsatz; dann übernimmt Speichern sie.", form.messageProperty().get());
        assertEquals("", row.errorProperty().get(), "no red message for cells not reached yet");
        row.nameProperty().set("Gold");
        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Stufe 1 braucht noch einen Mindestumsatz; "
                + "dann übernimmt Speichern sie.", form.messageProperty().get());
        row.minSpendProperty().set("500");
        assertTrue(form.canSaveProperty().get());
        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Speichern übernimmt sie.",
                form.messageProperty().get());
    }

    @Test
    void whileAnEntryIsWrongTheNoteSaysWhatToCorrectNotThatSaveAppliesTheChanges() {
        form.redeemPointsProperty().set("0");

        assertFalse(form.canSaveProperty().get());
        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Speichern übernimmt sie, sobald das stimmt: "
                + "Bitte eine ganze Punktzahl von 1 bis 10.000 eingeben, z.\u00a0B. 100.", form.messageProperty().get());
        form.redeemPointsProperty().set("200");
        assertEquals(messages.get("settings.unsavedValue"), form.messageProperty().get(), "Save is on again");
        form.addTier();
        form.tiers().get(0).nameProperty().set("Gold");
        form.tiers().get(0).minSpendProperty().set("viel");
        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Speichern übernimmt sie, sobald das stimmt: "
                + "Stufe 1: Bitte einen Mindestumsatz von 0,00 bis 1.000.000,00 eingeben.", form.messageProperty().get());
    }

    @Test
    void theNoteSaysWhatATierStillNeedsInEnglishToo() {
        SettingsViewModel english = new SettingsViewModel(stored::get, saved::add, new CurrentThreadTaskRunner(),
                new Messages(Locale.ENGLISH), new Formats(Locale.ENGLISH));
        english.load();
        english.addTier();
        english.addTier();
        english.tiers().get(0).nameProperty().set("Silver");
        english.tiers().get(0).minSpendProperty().set("100");

        assertEquals("Your changes are not saved yet. Tier 2 still needs a name and a minimum spend; then Save "
                + "applies them.", english.messageProperty().get());
        english.tiers().get(1).minSpendProperty().set("500");
        assertEquals("Your changes are not saved yet. Tier 2 still needs a name; then Save applies them.",
                english.messageProperty().get());
        english.tiers().get(1).nameProperty().set("silver");
        assertEquals("Your changes are not saved yet. Save applies them once this is right: Tier 2: the name "
                + "“silver” is already used by another tier.", english.messageProperty().get());
    }

    @Test
    void aTierNameWithASeparatorCharacterIsRefused() {
        tier("Gold|VIP", "500", "2");

        assertEquals("Stufe 1: Ein Name darf kein | und kein ; enthalten.", form.errorProperty(Field.TIERS).get());
    }

    @Test
    void aShopNameOrTiersLongerThanTheSettingsKeepAreRefusedBesideTheirField() {
        // Found by SettingsViewModelFuzzTest: Save was enabled, and saving said "the database did not answer
        // as expected … please save again" (the points rules were saved, the shop name was not).
        form.shopNameProperty().set("Café ".repeat(1000));

        assertEquals("Bitte höchstens 100 Zeichen verwenden.", form.errorProperty(Field.SHOP_NAME).get());
        assertFalse(form.canSaveProperty().get());

        form.shopNameProperty().set("Café Bohne");
        tier("T".repeat(41), "500", "2");
        assertEquals("Stufe 1: Bitte höchstens 40 Zeichen für den Namen verwenden.",
                form.errorProperty(Field.TIERS).get());
        form.tiers().get(0).nameProperty().set("T".repeat(40));
        assertTrue(form.canSaveProperty().get());
        for (int i = 2; i <= 11; i++) {
            tier("T" + i, String.valueOf(500 + i), "2");
        }
        assertEquals("Bitte höchstens 10 Stufen anlegen.", form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void aTierNamedOnlyByANulHasNoName() {
        // Found by SettingsViewModelFuzzTest: the database keeps no NUL, so the tier was stored without a
        // name, and the rules read back fell back to the defaults: every rule the owner had set was gone.
        tier("\u0000", "500", "2");

        assertEquals("Stufe 1: Bitte einen Namen eingeben.", form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
        form.tiers().get(0).nameProperty().set("Gold\u0000");
        assertEquals("Gold", form.rules().orElseThrow().tiers().get(0).name());
    }

    @Test
    void twoTiersWithTheSameNameAreRefused() {
        tier("Gold", "500", "2");
        tier("gold", "900", "3");

        assertEquals("Stufe 2: Den Namen „gold“ hat schon eine andere Stufe.", form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void aTierWithAHigherMinimumSpendMultiplyingLessIsRefused() {
        // The highest minimum reached applies: whoever spent 500 € earned ×1.5, less than at 300 €.
        tier("Gold", "300", "2");
        tier("Silber", "500", "1,5");

        assertEquals("Stufe 2: Eine Stufe mit höherem Mindestumsatz sollte mindestens so viel multiplizieren wie "
                + "„Gold“ (×2).", form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
        form.tiers().get(1).multiplierProperty().set("2");
        assertEquals("", form.errorProperty(Field.TIERS).get());
        assertTrue(form.canSaveProperty().get());
    }

    @Test
    void twoTiersWithTheSameMinimumSpendAreRefused() {
        tier("Silber", "300", "1,5");
        tier("Gold", "300,00", "2");

        assertEquals("Stufe 2: Den Mindestumsatz 300,00\u00a0€ hat schon „Silber“; bitte einen anderen eingeben.",
                form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void storedTiersInAPoorOrderLoadAndTheMessageSaysWhatToChange() {
        stored.set(new Values("Café Bohne", new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 0,
                List.of(new Tier("Gold", new BigDecimal("300"), new BigDecimal("2")),
                        new Tier("Silber", new BigDecimal("500"), new BigDecimal("1.5"))))));

        form.load();

        assertEquals("Silber", form.tiers().get(1).nameProperty().get());
        assertEquals("Stufe 2: Eine Stufe mit höherem Mindestumsatz sollte mindestens so viel multiplizieren wie "
                + "„Gold“ (×2).", form.errorProperty(Field.TIERS).get());
    }

    @Test
    void theOrderOfTiersIsSaidInEnglishToo() {
        form = new SettingsViewModel(stored::get, saved::add, new CurrentThreadTaskRunner(),
                new Messages(Locale.ENGLISH), new Formats(Locale.ENGLISH));
        form.load();
        tier("Gold", "300", "2");
        tier("Silver", "500", "1.5");
        tier("Platinum", "500", "3");

        assertEquals("Tier 2: a tier with a higher minimum spend should multiply at least as much as “Gold” (×2).",
                form.tiers().get(1).errorProperty().get());
        assertEquals("Tier 3: “Silver” already has the minimum spend €500.00; please enter another.",
                form.tiers().get(2).errorProperty().get());
        form.tiers().get(1).multiplierProperty().set("2.5");
        assertEquals("", form.tiers().get(1).errorProperty().get());
        assertEquals("Tier 3: “Silver” already has the minimum spend €500.00; please enter another.",
                form.errorProperty(Field.TIERS).get());
    }

    @Test
    void everyTiersProblemsShowAtItsOwnRowNotOnlyTheFirstOfTheTable() {
        tier("Gold", "300", "2");
        tier("Silber", "500", "1,5");
        tier("Platin", "500", "3");
        tier("Bronze", "abc", "0,5");

        // Only "Stufe 2: …" showed, below "Add tier"; the other rows said nothing.
        assertEquals(List.of("",
                "Stufe 2: Eine Stufe mit höherem Mindestumsatz sollte mindestens so viel multiplizieren wie "
                        + "„Gold“ (×2).",
                "Stufe 3: Den Mindestumsatz 500,00\u00a0€ hat schon „Silber“; bitte einen anderen eingeben.",
                "Stufe 4: Bitte einen Mindestumsatz von 0,00 bis 1.000.000,00 eingeben.\n"
                        + "Stufe 4: Bitte einen Faktor von 1 bis 10 eingeben, z.\u00a0B. 1,5."),
                form.tiers().stream().map(row -> row.errorProperty().get()).toList());
        form.removeTier(form.tiers().get(1));
        assertEquals(List.of("", "", "Stufe 3: Bitte einen Mindestumsatz von 0,00 bis 1.000.000,00 eingeben.\n"
                        + "Stufe 3: Bitte einen Faktor von 1 bis 10 eingeben, z.\u00a0B. 1,5."),
                form.tiers().stream().map(row -> row.errorProperty().get()).toList(), "counted again from 1");
    }

    @Test
    void aNegativeMinimumSpendIsRefused() {
        tier("Silber", "-1", "1,5");

        assertEquals("Stufe 1: Bitte einen Mindestumsatz von 0,00 bis 1.000.000,00 eingeben.",
                form.errorProperty(Field.TIERS).get());
    }

    @Test
    void aMultiplierBelowOneIsRefused() {
        tier("Silber", "200", "0,5");

        assertEquals("Stufe 1: Bitte einen Faktor von 1 bis 10 eingeben, z.\u00a0B. 1,5.",
                form.errorProperty(Field.TIERS).get());
    }

    @Test
    void aMultiplierAboveTenIsRefused() {
        tier("Platin", "200", "10,5");

        assertEquals("Stufe 1: Bitte einen Faktor von 1 bis 10 eingeben, z.\u00a0B. 1,5.",
                form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void aMinimumSpendAboveAMillionIsRefused() {
        tier("Platin", "1.000.000,01", "2");

        assertEquals("Stufe 1: Bitte einen Mindestumsatz von 0,00 bis 1.000.000,00 eingeben.",
                form.errorProperty(Field.TIERS).get());
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void theRangesAreSaidInEnglishToo() {
        form = new SettingsViewModel(stored::get, saved::add, new CurrentThreadTaskRunner(),
                new Messages(Locale.ENGLISH), new Formats(Locale.ENGLISH));
        form.load();
        form.pointsPerEuroProperty().set("500");
        form.redeemValueProperty().set("5000");

        assertEquals("Please enter a number from 0 to 100, e.g. 1 or 0.5.",
                form.errorProperty(Field.POINTS_PER_EURO).get());
        assertEquals("Please enter an amount from 0.01 to 1,000.00, e.g. 5.00.",
                form.errorProperty(Field.REDEEM_VALUE).get());
        form.save();
        assertTrue(saved.isEmpty());
    }

    @Test
    void removingTheBadTierEnablesSaveAgain() {
        tier("", "200", "2");
        form.removeTier(form.tiers().get(0));

        assertEquals("", form.errorProperty(Field.TIERS).get());
        assertTrue(form.canSaveProperty().get());
    }

    @Test
    void savingHandsOnTheRulesWithTiersLowestSpendFirstAndShowsTheNote() {
        form.shopNameProperty().set("  Café Bohne & Co  ");
        form.pointsPerEuroProperty().set("2");
        form.redeemPointsProperty().set("50");
        form.redeemValueProperty().set("2,50");
        form.minimumRedeemProperty().set("50");
        form.expiryMonthsProperty().set("24");
        tier("Gold", "1.000", "2");
        tier("Silber", "300", "1,5");

        form.save();

        PointsRules expected = new PointsRules(new BigDecimal("2"), 50, new BigDecimal("2.50"), 50, 24, List.of(
                new Tier("Silber", new BigDecimal("300.00"), new BigDecimal("1.5")),
                new Tier("Gold", new BigDecimal("1000.00"), new BigDecimal("2"))));
        assertEquals(List.of(new Values("Café Bohne & Co", expected)), saved);
        assertEquals("Gespeichert. Änderungen gelten ab jetzt; schon gesammelte Punkte behalten ihren Wert und ihr "
                + "Verfallsdatum.", form.messageProperty().get());
    }

    @Test
    void theFormIsBusyWhileItLoadsSoTheViewTakesNoTypingThatTheLoadWouldReplace() {
        List<Boolean> busyWhileLoading = new ArrayList<>();
        form = new SettingsViewModel(() -> {
            busyWhileLoading.add(form.busyProperty().get());
            return stored.get();
        }, saved::add, new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY));

        form.load();

        assertEquals(List.of(true), busyWhileLoading);
        assertFalse(form.busyProperty().get());
    }

    @Test
    void editsNotSavedYetStayWhenTheScreenIsShownAgain() {
        form.pointsPerEuroProperty().set("2");
        tier("Gold", "", "2");

        form.refresh();

        assertEquals(1, loads.get(), "not read again");
        assertEquals("2", form.pointsPerEuroProperty().get());
        assertEquals("Gold", form.tiers().get(0).nameProperty().get());
        assertEquals("Ihre Änderungen sind noch nicht gespeichert. Stufe 1 braucht noch einen Mindestumsatz; "
                + "dann übernimmt Speichern sie.", form.messageProperty().get());
        assertTrue(form.edited());
    }

    @Test
    void withoutEditsShowingTheScreenAgainReadsTheSettingsAgain() {
        stored.set(new Values("Café Bohne", new PointsRules(new BigDecimal("3"), 100, new BigDecimal("5.00"), 100, 0,
                List.of())));

        form.refresh();

        assertEquals(2, loads.get());
        assertEquals("3", form.pointsPerEuroProperty().get());
        assertEquals("", form.messageProperty().get());
    }

    @Test
    void aSavedFormCountsAsUnchangedAndAFailedSaveDoesNot() {
        form.expiryMonthsProperty().set("24");
        form.save();
        assertFalse(form.edited(), "saved");

        form = form(values -> {
            throw new IllegalStateException("disk full");
        });
        form.load();
        form.expiryMonthsProperty().set("12");
        form.save();
        assertTrue(form.edited(), "the edit was not saved, so it must not be thrown away");
    }

    @Test
    void saveDoesNothingWhileErrorsRemain() {
        form.redeemPointsProperty().set("0");

        form.save();

        assertTrue(saved.isEmpty());
    }

    private void tier(String name, String minSpend, String multiplier) {
        form.addTier();
        SettingsViewModel.TierRow row = form.tiers().get(form.tiers().size() - 1);
        row.nameProperty().set(name);
        row.minSpendProperty().set(minSpend);
        row.multiplierProperty().set(multiplier);
    }

    private Consumer<String> input(Field field) {
        return switch (field) {
            case SHOP_NAME -> form.shopNameProperty()::set;
            case POINTS_PER_EURO -> form.pointsPerEuroProperty()::set;
            case REDEEM_POINTS -> form.redeemPointsProperty()::set;
            case REDEEM_VALUE -> form.redeemValueProperty()::set;
            case MINIMUM -> form.minimumRedeemProperty()::set;
            case EXPIRY -> form.expiryMonthsProperty()::set;
            case TIERS -> throw new IllegalArgumentException("tiers are rows");
        };
    }
}
