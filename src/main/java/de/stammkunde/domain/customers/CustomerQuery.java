package de.stammkunde.domain.customers;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a customer list shows: the search text, the filters and the order. The in-memory list and
 * the SQL export both apply it; {@link #terms()} is the one definition of what the text matches.
 */
public record CustomerQuery(
        String text,
        CustomerStatus status,
        String tag,
        ConsentChannel consent,
        ArchiveFilter archive,
        SortKey sort,
        boolean ascending) {

    public CustomerQuery {
        text = text == null ? "" : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        archive = archive == null ? ArchiveFilter.ACTIVE_ONLY : archive;
        sort = sort == null ? SortKey.NAME : sort;
    }

    /** All customers that are not archived, by name. */
    public static CustomerQuery all() {
        return new CustomerQuery("", null, null, null, ArchiveFilter.ACTIVE_ONLY, SortKey.NAME, true);
    }

    public static CustomerQuery text(String text) {
        return all().withText(text);
    }

    public CustomerQuery withText(String newText) {
        return new CustomerQuery(newText, status, tag, consent, archive, sort, ascending);
    }

    public CustomerQuery withSort(SortKey newSort, boolean newAscending) {
        return new CustomerQuery(text, status, tag, consent, archive, newSort, newAscending);
    }

    public CustomerQuery withFilters(CustomerStatus newStatus, String newTag, ConsentChannel newConsent,
            ArchiveFilter newArchive) {
        return new CustomerQuery(text, newStatus, newTag, newConsent, newArchive, sort, ascending);
    }

    /**
     * The pieces of text that must all occur in a customer's {@link SearchKeys#searchText}.
     * Something that looks like a phone number ("+49 171 234 56") is one term in national digits;
     * anything else is split into words and folded ("Anna Müller" → "anna", "mueller"). A comma
     * separates words too: "Müller, Anna" is how the list shows a name and how staff type it.
     */
    public List<String> terms() {
        if (text.isEmpty()) {
            return List.of();
        }
        if (looksLikePhoneNumber(text)) {
            return List.of(Text.phoneDigits(text));
        }
        return List.of(Text.fold(text).replace(SearchKeys.SEPARATOR, ' ').split("[ ,]")).stream()
                .filter(term -> !term.isEmpty())
                .toList();
    }

    private static boolean looksLikePhoneNumber(String value) {
        return value.matches("\\+?[0-9 ()/.\\-]+") && value.replaceAll("\\D", "").length() >= 3;
    }

    /**
     * The query's filters as a test on one list row; its text is for the search text, which every
     * one of {@link #terms} must be part of.
     */
    public Predicate<CustomerListRow> filter() {
        return row -> archive.accepts(row.archived())
                && (status == null || row.status() == status)
                && (consent == null || row.hasConsent(consent))
                && (tag == null || row.hasTag(tag));
    }
}
