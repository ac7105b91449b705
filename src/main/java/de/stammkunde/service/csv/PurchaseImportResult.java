package de.stammkunde.service.csv;

/**
 * What a purchase import did: purchases created (with their line items), replaced, left out, invalid
 * rows, and how many prospects or lost customers became active through them.
 */
public record PurchaseImportResult(int created, int items, int replaced, int skipped, int invalidRows,
        int activated) {
}
