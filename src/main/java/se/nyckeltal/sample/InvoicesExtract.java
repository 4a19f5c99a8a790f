package se.nyckeltal.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code invoices/yyyy-MM.csv}: customer and supplier invoices registered by the invoicing units,
 * as many per unit and month as its fte that month times the report's per-FTE figure (with season
 * and noise). Customer and supplier ledgers number their invoices in separate series, so the same
 * number occurs with both types: the natural key is (invoice_type, invoice_id).
 */
final class InvoicesExtract {

    private static final String[] CHANNELS = {"ELECTRONIC", "SCANNED", "MANUAL"};
    private static final double[] CUSTOMER_CHANNELS =
            Randoms.cumulative(ReportFigures.CUSTOMER_INVOICES_ELECTRONIC, 0.06, 0.08);
    private static final double[] SUPPLIER_CHANNELS =
            Randoms.cumulative(ReportFigures.SUPPLIER_INVOICES_ELECTRONIC, 0.08, 0.01);

    private final Organisation organisation;
    private final Workforce workforce;
    private final long seed;
    private long nextCustomerNumber = 1_000_001;
    private long nextSupplierNumber = 1_000_001;

    InvoicesExtract(Organisation organisation, Workforce workforce, long seed) {
        this.organisation = organisation;
        this.workforce = workforce;
        this.seed = seed;
    }

    void writeMonth(MonthCalendar month, WrittenFiles files) throws IOException {
        SplittableRandom random = Randoms.of(seed, "invoices", month.index());
        List<int[]> unitDayCounts = new ArrayList<>();
        List<Integer> units = new ArrayList<>();
        List<Boolean> customer = new ArrayList<>();
        for (int unit = 0; unit < organisation.size(); unit++) {
            String process = organisation.unit(unit).processIn(month);
            boolean isCustomer = Process.CUSTOMER_INVOICING.equals(process);
            if (!isCustomer && !Process.SUPPLIER_INVOICING.equals(process)) {
                continue;
            }
            double perFte = isCustomer
                    ? ReportFigures.CUSTOMER_INVOICES_PER_FTE_MONTH
                    : ReportFigures.SUPPLIER_INVOICES_PER_FTE_MONTH;
            int count = DailyVolumes.monthly(
                    perFte * workforce.fte(unit, month.index()), Seasons.of(Seasons.INVOICES, month), random);
            units.add(unit);
            customer.add(isCustomer);
            unitDayCounts.add(DailyVolumes.split(count, month, random));
        }
        int[] days = month.workingDays();
        files.write(SampleExtract.INVOICES, month.monthText() + ".csv", out -> {
            for (int d = 0; d < days.length; d++) {
                String date = month.dayText(days[d]);
                for (int u = 0; u < units.size(); u++) {
                    String unitCode = organisation.unit(units.get(u)).code();
                    boolean isCustomer = customer.get(u);
                    for (int i = unitDayCounts.get(u)[d]; i > 0; i--) {
                        writeInvoice(out, random, isCustomer, date, unitCode);
                    }
                }
            }
        });
    }

    private void writeInvoice(
            SwedishCsvWriter out, SplittableRandom random, boolean isCustomer, String date, String unitCode)
            throws IOException {
        long number = isCustomer ? nextCustomerNumber++ : nextSupplierNumber++;
        out.integer(number)
                .text(isCustomer ? "CUSTOMER" : "SUPPLIER")
                .text(date)
                .text(unitCode);
        if (random.nextDouble() < 0.003) {
            out.empty(); // the administration is optional and sometimes missing
        } else {
            out.text(Administrations.pick(random));
        }
        out.text(CHANNELS[Randoms.pick(random, isCustomer ? CUSTOMER_CHANNELS : SUPPLIER_CHANNELS)]);
        long ore = amountOre(random, isCustomer);
        out.amount(ore, random.nextDouble() < 0.06).endRow();
    }

    /** Log-normal amounts (median ≈ 3 000 kr customer, 4 000 kr supplier), a few credit notes. */
    private static long amountOre(SplittableRandom random, boolean isCustomer) {
        double kronor = Math.exp((isCustomer ? 8.0 : 8.3) + (isCustomer ? 1.2 : 1.4) * random.nextGaussian());
        long ore = Math.min(999_999_999L, Math.max(100L, Math.round(kronor * 100)));
        return random.nextDouble() < 0.015 ? -ore : ore;
    }
}
