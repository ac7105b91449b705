package de.stammkunde.ui.customers;

import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.SortKey;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.TaskRunner;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer list: search text, filters and order in, matching rows and their count out. Every
 * search runs in the background; a result arriving for an older text is dropped, so the list always
 * shows the answer to what is typed now. The customers chosen in the list stay chosen when it is
 * loaded again (after an edit, a restore, an import), as far as they are still listed.
 */
public final class CustomerListViewModel {

    private final CustomerIndex index;
    private final Function<String, OptionalLong> cardHolder;
    private final TaskRunner runner;
    private final Debouncer debouncer;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<CustomerStatus> status = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty();
    private final ObjectProperty<ConsentChannel> consent = new SimpleObjectProperty<>();
    private final ObjectProperty<ArchiveFilter> archive = new SimpleObjectProperty<>(ArchiveFilter.ACTIVE_ONLY);
    private final ObjectProperty<SortKey> sort = new SimpleObjectProperty<>(SortKey.NAME);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final ObservableList<CustomerListRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final IntegerProperty count = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper noCustomersYet = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<List<Long>> chosen = new SimpleObjectProperty<>(List.of());
    /**
     * To be chosen by the next reload instead of those chosen now: a customer just created, whom the
     * search or a filter must not hide.
     */
    private List<Long> toChoose = List.of();
    private int generation;

    /**
     * @param cardHolder the customer a search text names as a card number (a card scanned into the
     *     search field); called in the background
     */
    public CustomerListViewModel(CustomerIndex index, Function<String, OptionalLong> cardHolder, TaskRunner runner,
            Debouncer debouncer) {
        this.index = index;
        this.cardHolder = cardHolder;
        this.runner = runner;
        this.debouncer = debouncer;
        searchText.addListener((obs, old, text) -> debouncer.call(this::refresh));
        status.addListener((obs, old, v) -> refresh());
        tag.addListener((obs, old, v) -> refresh());
        consent.addListener((obs, old, v) -> refresh());
        archive.addListener((obs, old, v) -> refresh());
    }

    public CustomerQuery query() {
        ArchiveFilter archived = archive.get() == null ? ArchiveFilter.ACTIVE_ONLY : archive.get();
        return new CustomerQuery(searchText.get(), status.get(), tag.get(), consent.get(), archived, sort.get(),
                ascending.get());
    }

    /** Runs the current query again, e.g. after a change elsewhere. */
    public void refresh() {
        int mine = ++generation;
        CustomerQuery query = query();
        runner.submit("search", progress -> new Result(rows(query), index.tags(), index.size() == 0), result -> {
            if (mine == generation) {
                List<Long> keep = toChoose.isEmpty() ? chosen.get() : toChoose;
                boolean justCreated = !toChoose.isEmpty();
                toChoose = List.of();
                // The table clears its selection when its rows are replaced (an edited row is
                // another row), and says so through chosen; then the ones kept come back. When none is
                // listed any more (archived), the view may have chosen the one now in its place.
                rows.setAll(result.rows());
                Set<Long> listed = new HashSet<>();
                result.rows().forEach(r -> listed.add(r.id()));
                List<Long> stillListed = keep.stream().filter(listed::contains).toList();
                if (!stillListed.isEmpty()) {
                    chosen.set(stillListed);
                } else if (justCreated && !showsEveryone()) {
                    // The search or a filter hides the customer just created: show everyone to show them.
                    toChoose = keep;
                    searchText.set("");
                    clearFilters();
                    refresh();
                }
                count.set(result.rows().size());
                noCustomersYet.set(result.noCustomersYet());
                if (!tags.equals(result.tags())) {
                    tags.setAll(result.tags());
                }
            }
        }, error -> { });
    }

    /**
     * Loads the list again and chooses the customer {@code id} in it, in place of those chosen now:
     * one just created, whom the list did not show yet. Where the search or a filter hides them, they
     * are cleared, so the new customer is seen.
     */
    public void refreshChoosing(long id) {
        toChoose = List.of(id);
        refresh();
    }

    private boolean showsEveryone() {
        return searchText.get().isBlank() && status.get() == null && tag.get() == null && consent.get() == null
                && (archive.get() == null || archive.get() == ArchiveFilter.ACTIVE_ONLY);
    }

    private record Result(List<CustomerListRow> rows, List<String> tags, boolean noCustomersYet) {
    }

    /** The rows the query finds; a card number finds its holder (if the filters let them through). */
    private List<CustomerListRow> rows(CustomerQuery query) {
        OptionalLong holder = cardHolder.apply(query.text());
        if (holder.isPresent()) {
            return index.byId(holder.getAsLong()).filter(query.filter()).map(List::of).orElse(List.of());
        }
        return index.search(query);
    }

    /** A column header was clicked; re-sorts unless it already is in that order. */
    public void sortBy(SortKey key, boolean asc) {
        if (key == sort.get() && asc == ascending.get()) {
            return;
        }
        sort.set(key);
        ascending.set(asc);
        refresh();
    }

    public void clearFilters() {
        status.set(null);
        tag.set(null);
        consent.set(null);
        archive.set(ArchiveFilter.ACTIVE_ONLY);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<CustomerStatus> statusProperty() {
        return status;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<ConsentChannel> consentProperty() {
        return consent;
    }

    public ObjectProperty<ArchiveFilter> archiveProperty() {
        return archive;
    }

    public ObjectProperty<SortKey> sortProperty() {
        return sort;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    public ObservableList<CustomerListRow> rows() {
        return rows;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /**
     * No customer at all, not even an archived one: the empty list is a first day, not a search that
     * found nobody, and says how to fill it.
     */
    public ReadOnlyBooleanProperty noCustomersYetProperty() {
        return noCustomersYet.getReadOnlyProperty();
    }

    /** The ids of the customers chosen in the list, in the list's order; the view keeps both in step. */
    public ObjectProperty<List<Long>> chosenProperty() {
        return chosen;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count;
    }
}
