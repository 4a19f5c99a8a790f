package se.nyckeltal.sample;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Employee references shaped like Swedish personal identity numbers ({@code 19YYMMDD-NNNC}) but
 * never valid ones: the check digit C is always wrong, so no real person can be meant. The
 * second-to-last digit follows the real convention (even for women, odd for men).
 */
final class PersonalIdentityNumbers {

    private final Set<String> issued = new HashSet<>();

    String issue(SplittableRandom random, int birthYear, char gender) {
        while (true) {
            LocalDate birthDate = LocalDate.ofYearDay(
                    birthYear, 1 + random.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()));
            int genderDigit = random.nextInt(5) * 2
                    + switch (gender) {
                        case 'K' -> 0;
                        case 'M' -> 1;
                        default -> random.nextInt(2);
                    };
            String tenDigits = String.format(
                    "%02d%02d%02d%02d%d",
                    birthYear % 100,
                    birthDate.getMonthValue(),
                    birthDate.getDayOfMonth(),
                    random.nextInt(100),
                    genderDigit);
            int wrongCheck = (luhnCheckDigit(tenDigits) + 1 + random.nextInt(9)) % 10;
            String reference = String.format(
                    "%02d%s-%s%d", birthYear / 100, tenDigits.substring(0, 6), tenDigits.substring(6), wrongCheck);
            if (issued.add(reference)) {
                return reference;
            }
        }
    }

    /** The Luhn (mod 10) check digit of the nine digits YYMMDDNNN. */
    static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = nineDigits.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return (10 - sum % 10) % 10;
    }
}
