package se.nyckeltal.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared-service administration of the sample: seven business areas, a handful of units
 * each, and one reorganisation: {@code EKO-LEV3} moves from supplier to customer invoicing (and is
 * renamed) a little after the middle of the period, as in the worked example of docs/indicators.md.
 */
final class Organisation {

    /**
     * Women's share in most units. With the report's sick leave of 7.5 % for women and 1.9 % for
     * men, a total of 6.7 % needs women to work ≈ 84 % of the scheduled hours.
     */
    private static final double WOMEN = 0.90;

    private final List<UnitPlan> units;

    private Organisation(List<UnitPlan> units) {
        this.units = List.copyOf(units);
    }

    static Organisation standard(SamplePeriod period) {
        LocalDate established = LocalDate.of(period.first().month().getYear() - 2, 1, 1);
        YearMonth reorganised = period.first().month().plusMonths(Math.max(1, period.size() * 7 / 12));
        LocalDate reorganisedFrom = reorganised.atDay(1);

        List<UnitPlan> units = new ArrayList<>();
        Builder b = new Builder(units, established);
        b.processing("EKO-KUND1", "Kundreskontra 1", "EKONOMI", Process.CUSTOMER_INVOICING, 3.8);
        b.processing("EKO-KUND2", "Kundreskontra 2", "EKONOMI", Process.CUSTOMER_INVOICING, 2.9);
        b.processing("EKO-LEV1", "Leverantörsreskontra 1", "EKONOMI", Process.SUPPLIER_INVOICING, 5.0);
        b.processing("EKO-LEV2", "Leverantörsreskontra 2", "EKONOMI", Process.SUPPLIER_INVOICING, 3.9);
        units.add(new UnitPlan(
                List.of(
                        new UnitVersion(
                                "EKO-LEV3",
                                "Leverantörsreskontra 3",
                                "EKONOMI",
                                Process.SUPPLIER_INVOICING,
                                established,
                                reorganisedFrom.minusDays(1)),
                        new UnitVersion(
                                "EKO-LEV3",
                                "Kundreskontra 3",
                                "EKONOMI",
                                Process.CUSTOMER_INVOICING,
                                reorganisedFrom,
                                null)),
                0,
                2.5,
                WOMEN,
                0));
        b.other("EKO-REDO", "Redovisning och bokslut", "EKONOMI", 14, WOMEN);

        b.processing("LON-NORR", "Lönecenter Norr", "LON", Process.PAYROLL, 19.0);
        b.processing("LON-SODER", "Lönecenter Söder", "LON", Process.PAYROLL, 18.0);
        b.processing("LON-VAST", "Lönecenter Väster", "LON", Process.PAYROLL, 15.5);
        b.other("LON-SYS", "Lönesystem och pensioner", "LON", 12, WOMEN);

        b.contactCentre("KC-OSTRA", "Kontaktcenter Östra", 24, 16_000);
        b.contactCentre("KC-VASTRA", "Kontaktcenter Västra", 20, 13_500);
        b.contactCentre("KC-VAXEL", "Växel och kundtjänst", 12, 8_000);

        b.other("HR-REKR", "Rekrytering och bemanning", "HR", 12, WOMEN);
        b.other("HR-ARB", "Arbetsrätt och förhandling", "HR", 8, WOMEN);
        b.other("HR-HALSA", "Hälsa och rehabilitering", "HR", 9, WOMEN);

        b.other("UPH-UPPH", "Upphandlingsenheten", "UPPHANDLING", 14, WOMEN);
        b.other("UPH-AVT", "Avtalsförvaltning och uppföljning", "UPPHANDLING", 10, WOMEN);

        b.other("LOK-FAST", "Lokalförsörjning", "LOKAL", 12, WOMEN);
        b.other("LOK-SERV", "Lokalservice och vaktmästeri", "LOKAL", 16, 0.55);

        b.other("ADM-STAB", "Stab och ledning", "ADMIN", 8, WOMEN);
        b.other("ADM-ARK", "Arkiv och registratur", "ADMIN", 11, WOMEN);
        b.other("ADM-IT", "Digitalisering och IT-stöd", "ADMIN", 13, 0.6);
        return new Organisation(units);
    }

    List<UnitPlan> units() {
        return units;
    }

    UnitPlan unit(int index) {
        return units.get(index);
    }

    int size() {
        return units.size();
    }

    private record Builder(List<UnitPlan> units, LocalDate established) {

        void processing(String code, String name, String area, String process, double fteAtScaleOne) {
            units.add(new UnitPlan(List.of(version(code, name, area, process)), 0, fteAtScaleOne, WOMEN, 0));
        }

        void contactCentre(String code, String name, int headcount, int contactsPerMonthAtScaleOne) {
            units.add(new UnitPlan(
                    List.of(version(code, name, "KONTAKTCENTER", Process.CONTACT_CENTER)),
                    headcount,
                    0,
                    WOMEN,
                    contactsPerMonthAtScaleOne));
        }

        void other(String code, String name, String area, int headcount, double womenShare) {
            units.add(new UnitPlan(List.of(version(code, name, area, Process.OTHER)), headcount, 0, womenShare, 0));
        }

        private UnitVersion version(String code, String name, String area, String process) {
            return new UnitVersion(code, name, area, process, established, null);
        }
    }
}
