package de.stammkunde.data.settings;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Settings rows. {@link #put} updates or inserts (no vendor upsert, so it runs on H2 and PostgreSQL alike). */
public interface SettingsDao {

    @SqlQuery("SELECT setting_value FROM app_setting WHERE setting_key = :key")
    Optional<String> get(@Bind("key") String key);

    @SqlQuery("SELECT setting_key, setting_value FROM app_setting WHERE setting_key LIKE :prefix || '%'")
    @org.jdbi.v3.sqlobject.config.KeyColumn("setting_key")
    @org.jdbi.v3.sqlobject.config.ValueColumn("setting_value")
    Map<String, String> withPrefix(@Bind("prefix") String prefix);

    @SqlUpdate("UPDATE app_setting SET setting_value = :value WHERE setting_key = :key")
    int update(@Bind("key") String key, @Bind("value") String value);

    @SqlUpdate("INSERT INTO app_setting (setting_key, setting_value) VALUES (:key, :value)")
    void insert(@Bind("key") String key, @Bind("value") String value);

    default void put(String key, String value) {
        if (update(key, value) == 0) {
            insert(key, value);
        }
    }
}
