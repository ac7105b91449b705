package de.stammkunde.service.csv;

/** What an import did: customers created, updated, rows left out as duplicates or as invalid. */
public record ImportResult(int created, int updated, int skipped, int invalid) {
}
