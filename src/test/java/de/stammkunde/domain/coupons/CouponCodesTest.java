package de.stammkunde.domain.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouponCodesTest {

    private static final String ALPHABET = CouponCodes.ALPHABET;

    @Test
    void generatedCodesAreWellFormedUniqueAndOnlyFromTheAlphabet() {
        Random random = new java.security.SecureRandom();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = CouponCodes.generate(random);
            assertEquals(11, code.length());
            assertTrue(code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0), code);
            assertTrue(CouponCodes.isWellFormed(code), code);
            // About 800 of 20,000 random codes would be letters only: the counter would search for them as names.
            assertTrue(CouponCodes.looksLikeCode(code), code);
            codes.add(code);
        }
        assertEquals(20_000, codes.size());
    }

    @Test
    void alphabetHasNoLookAlikes() {
        for (char c : "01OI".toCharArray()) {
            assertEquals(-1, ALPHABET.indexOf(c));
        }
        assertEquals(32, ALPHABET.chars().distinct().count());
    }

    @Test
    void everySingleSubstitutionIsCaught() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            String code = CouponCodes.generate(random);
            for (int pos = 0; pos < code.length(); pos++) {
                for (char c : ALPHABET.toCharArray()) {
                    if (c != code.charAt(pos)) {
                        String typo = code.substring(0, pos) + c + code.substring(pos + 1);
                        assertFalse(CouponCodes.isWellFormed(typo), code + " -> " + typo);
                    }
                }
            }
        }
    }

    @Test
    void everyAdjacentTranspositionIsCaught() {
        Random random = new Random(11);
        for (int n = 0; n < 2_000; n++) {
            String code = CouponCodes.generate(random);
            assertTranspositionsCaught(code);
        }
    }

    @Test
    void transpositionsOfEveryPairOfCharactersAreCaught() {
        // Every ordered pair at every position, including the first and last letters of the alphabet,
        // which Luhn mod 32 would not tell apart.
        for (char a : ALPHABET.toCharArray()) {
            for (char b : ALPHABET.toCharArray()) {
                for (int pos = 0; pos < 9; pos++) {
                    StringBuilder ten = new StringBuilder("ABCDEFGHJK");
                    ten.setCharAt(pos, a);
                    ten.setCharAt(pos + 1, b);
                    String code = ten + String.valueOf(CouponCodes.checkCharacter(ten.toString()));
                    assertTranspositionsCaught(code);
                }
            }
        }
    }

    private static void assertTranspositionsCaught(String code) {
        for (int pos = 0; pos + 1 < code.length(); pos++) {
            if (code.charAt(pos) != code.charAt(pos + 1)) {
                String swapped = code.substring(0, pos) + code.charAt(pos + 1) + code.charAt(pos) + code.substring(pos + 2);
                assertFalse(CouponCodes.isWellFormed(swapped), code + " -> " + swapped);
            }
        }
    }

    @Test
    void typedCodeIsNormalisedAndFormattedInGroups() {
        String code = CouponCodes.generate(new Random(1));
        String printed = CouponCodes.format(code);

        assertEquals(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8), printed);
        assertEquals(code, CouponCodes.normalise(" " + printed.toLowerCase() + " "));
        assertEquals(code, CouponCodes.normalise(printed.replace('-', ' ')));
        assertTrue(CouponCodes.isWellFormed(printed.toLowerCase()));
    }

    @Test
    void wrongLengthOrForeignCharactersAreNotWellFormed() {
        String code = CouponCodes.generate(new Random(2));
        assertFalse(CouponCodes.isWellFormed(code.substring(1)));
        assertFalse(CouponCodes.isWellFormed(code + "A"));
        assertFalse(CouponCodes.isWellFormed("0" + code.substring(1)));
        assertFalse(CouponCodes.isWellFormed(""));
        assertFalse(CouponCodes.isWellFormed(null));
    }

    @Test
    void codesAreRecognisedAtTheCounter() {
        String code = CouponCodes.generate(new Random(3));
        assertTrue(CouponCodes.looksLikeCode(CouponCodes.format(code)));
        assertTrue(CouponCodes.looksLikeCode(CouponCodes.format(code).toLowerCase()));
        assertTrue(CouponCodes.looksLikeCode("AB3D-EF7H-JKL"), "a code with a wrong check character is still a code");
        assertTrue(CouponCodes.looksLikeCode("AB3DEF7HJKL"));
    }

    @Test
    void namesNumbersAndPhonesAreNotTakenForCodes() {
        for (String text : new String[] {"Müller", "Schneidermann", "Mustermann", "Anna Müller", "100042",
                "0221 123456", "anna@example.de", "HAUPTSTRASSE", "45678923456", "Rosenstrasse5", ""}) {
            assertFalse(CouponCodes.looksLikeCode(text), text);
        }
    }
}
