package de.stammkunde.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The app's icons, one place for the glyph of each meaning. */
public enum AppIcon {
    COUNTER(Material2MZ.STORE),
    CUSTOMERS(Material2MZ.PEOPLE),
    NEW_CUSTOMER(Material2MZ.PERSON_ADD),
    EDIT(Material2AL.EDIT),
    ARCHIVE(Material2AL.ARCHIVE),
    UNARCHIVE(Material2MZ.UNARCHIVE),
    MERGE(Material2AL.CALL_MERGE),
    ERASE(Material2AL.DELETE_FOREVER),
    IMPORT(Material2AL.FILE_UPLOAD),
    EXPORT(Material2AL.CLOUD_DOWNLOAD),
    SEARCH(Material2MZ.SEARCH),
    SAVE(Material2MZ.SAVE),
    WARNING(Material2MZ.WARNING),
    PHONE(Material2MZ.PHONE),
    MOBILE(Material2MZ.SMARTPHONE),
    EMAIL(Material2AL.EMAIL),
    TAG(Material2AL.LABEL),
    BIRTHDAY(Material2AL.CAKE),
    PERSON(Material2MZ.PERSON),
    COUPONS(Material2MZ.REDEEM),
    NEW_CAMPAIGN(Material2AL.ADD_CIRCLE_OUTLINE),
    PDF(Material2MZ.PICTURE_AS_PDF),
    IMAGE(Material2AL.IMAGE),
    PRINT(Material2MZ.PRINT),
    SETTINGS(Material2MZ.SETTINGS);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon node() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
