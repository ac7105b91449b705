package de.stammkunde.service.csv;

import java.util.Random;

/** {@link CsvMutator} and its sample files for the fuzz tests of other packages (the wizard's). */
public final class CsvMutatorAccess {

    private final CsvMutator mutator;

    public CsvMutatorAccess(Random random) {
        mutator = new CsvMutator(random);
    }

    public byte[] mutate(byte[] original) {
        return mutator.mutate(original);
    }

    public static String describe(long seed, int iteration, byte[] bytes) {
        return CsvMutator.describe(seed, iteration, bytes);
    }

    /** The German Excel file of {@link CustomerImportFuzzTest}, in Windows-1252. */
    public static byte[] germanCustomers() {
        return CustomerImportFuzzTest.GERMAN_FILE.getBytes(CsvFormat.WINDOWS_1252);
    }
}
