package de.stammkunde.service.settings;

import de.stammkunde.data.settings.SettingsDao;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads and writes settings; a feature keeps its own keys under its own prefix (e.g. {@code points.}). */
public final class SettingsService {

    public static final String SHOP_NAME = "shop.name";
    /** The longest shop name the settings take: it is printed on cards and coupons. */
    public static final int MAX_SHOP_NAME = 100;

    private final Jdbi jdbi;

    public SettingsService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The shop's name as printed on cards and coupons; empty until the owner sets it. */
    public String shopName() {
        return get(SHOP_NAME).orElse("");
    }

    public void setShopName(String name) {
        put(SHOP_NAME, shopNameValue(name));
    }

    /**
     * The shop's name and {@code others} (a feature's rules) in one transaction: saved one after the other,
     * a failure between them (a full drive) kept the new points rules under the old name.
     */
    public void saveShopNameWith(String name, Map<String, String> others) {
        Map<String, String> values = new LinkedHashMap<>(others);
        values.put(SHOP_NAME, shopNameValue(name));
        putAll(values);
    }

    private static String shopNameValue(String name) {
        return name == null ? "" : name.strip();
    }

    public Optional<String> get(String key) {
        return jdbi.withExtension(SettingsDao.class, dao -> dao.get(key));
    }

    public Map<String, String> withPrefix(String prefix) {
        return jdbi.withExtension(SettingsDao.class, dao -> dao.withPrefix(prefix));
    }

    public void put(String key, String value) {
        jdbi.useTransaction(h -> h.attach(SettingsDao.class).put(key, value));
    }

    /** Several keys in one transaction: a rule set is saved whole or not at all. */
    public void putAll(Map<String, String> values) {
        jdbi.useTransaction(h -> {
            SettingsDao dao = h.attach(SettingsDao.class);
            values.forEach(dao::put);
        });
    }
}
