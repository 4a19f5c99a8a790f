package se.nyckeltal.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code contacts/yyyy-MM.csv}: incoming contacts of the contact centres in order of arrival.
 * Calls and chats come in office hours, e-mail from morning to late evening, all on working days.
 * Waiting times are drawn so that, of all calls, the report's share is answered within 60 s.
 */
final class ContactsExtract {

    private static final String[] CHANNELS = {"PHONE", "EMAIL", "CHAT"};
    private static final int PHONE = 0;
    private static final int EMAIL = 1;
    private static final double[] CHANNEL_SHARES = Randoms.cumulative(
            ReportFigures.PHONE_SHARE,
            ReportFigures.EMAIL_SHARE,
            1 - ReportFigures.PHONE_SHARE - ReportFigures.EMAIL_SHARE);
    /** Of answered calls, the share answered within 60 s, so that 66 % of all calls are. */
    private static final double ANSWERED_CALLS_WITHIN_60S =
            ReportFigures.PHONE_ANSWERED_WITHIN_60S / ReportFigures.PHONE_ANSWERED;

    private static final int OFFICE_OPENS = 8 * 3600;
    private static final int OFFICE_HOURS = 8 * 3600 + 30 * 60;
    private static final int MAIL_FROM = 6 * 3600;
    private static final int MAIL_HOURS = 16 * 3600;
    private static final int MAX_WAIT = 1800;

    private final Organisation organisation;
    private final double scale;
    private final long seed;

    ContactsExtract(Organisation organisation, double scale, long seed) {
        this.organisation = organisation;
        this.scale = scale;
        this.seed = seed;
    }

    void writeMonth(MonthCalendar month, WrittenFiles files) throws IOException {
        SplittableRandom random = Randoms.of(seed, "contacts", month.index());
        List<Integer> units = new ArrayList<>();
        List<int[]> unitDayCounts = new ArrayList<>();
        for (int unit = 0; unit < organisation.size(); unit++) {
            UnitPlan plan = organisation.unit(unit);
            if (plan.contactsPerMonthAtScaleOne() == 0 || !Process.CONTACT_CENTER.equals(plan.processIn(month))) {
                continue;
            }
            int count = DailyVolumes.monthly(
                    plan.contactsPerMonthAtScaleOne() * scale, Seasons.of(Seasons.CONTACTS, month), random);
            units.add(unit);
            unitDayCounts.add(DailyVolumes.split(count, month, random));
        }
        int[] days = month.workingDays();
        String idPrefix = "KC" + month.monthText().replace("-", "") + "-";
        files.write(SampleExtract.CONTACTS, month.monthText() + ".csv", out -> {
            int sequence = 0;
            for (int d = 0; d < days.length; d++) {
                long[] arrivals = arrivalsOfDay(d, units, unitDayCounts, random);
                String date = month.dayText(days[d]);
                for (long arrival : arrivals) {
                    int second = (int) (arrival >>> 20);
                    int channel = (int) (arrival >>> 16) & 0xF;
                    String unitCode = organisation
                            .unit(units.get((int) (arrival & 0xFFFF)))
                            .code();
                    out.text(idPrefix + PayslipsExtract.pad6(++sequence))
                            .timestamp(date, second)
                            .text(CHANNELS[channel])
                            .text(unitCode);
                    writeOutcome(out, channel, random);
                    out.endRow();
                }
            }
        });
    }

    /** The day's contacts of all units, each packed as (second of day, channel, unit) and sorted by time. */
    private static long[] arrivalsOfDay(
            int day, List<Integer> units, List<int[]> unitDayCounts, SplittableRandom random) {
        int total = 0;
        for (int[] counts : unitDayCounts) {
            total += counts[day];
        }
        long[] arrivals = new long[total];
        int next = 0;
        for (int u = 0; u < units.size(); u++) {
            for (int i = unitDayCounts.get(u)[day]; i > 0; i--) {
                int channel = Randoms.pick(random, CHANNEL_SHARES);
                int second = channel == EMAIL
                        ? MAIL_FROM + random.nextInt(MAIL_HOURS)
                        : OFFICE_OPENS + random.nextInt(OFFICE_HOURS);
                arrivals[next++] = ((long) second << 20) | ((long) channel << 16) | u;
            }
        }
        Arrays.sort(arrivals);
        return arrivals;
    }

    /** outcome; wait_seconds; handle_seconds; resolved_first_contact. */
    private static void writeOutcome(SwedishCsvWriter out, int channel, SplittableRandom random) {
        if (channel == EMAIL) {
            out.text("HANDLED")
                    .empty()
                    .integer(90 + exponential(random, 420, 14_400))
                    .flag(random.nextDouble() < ReportFigures.FIRST_CONTACT_RESOLUTION);
            return;
        }
        boolean phone = channel == PHONE;
        boolean answered = random.nextDouble() < (phone ? ReportFigures.PHONE_ANSWERED : ReportFigures.CHAT_ANSWERED);
        if (!answered) {
            out.text("ABANDONED")
                    .integer(5 + exponential(random, 110, MAX_WAIT))
                    .empty()
                    .empty();
            return;
        }
        int wait;
        if (!phone) {
            wait = exponential(random, 40, 900);
        } else if (random.nextDouble() < ANSWERED_CALLS_WITHIN_60S) {
            wait = withinAMinute(random);
        } else {
            wait = 61 + exponential(random, 75, MAX_WAIT - 61);
        }
        int handle = phone ? 60 + exponential(random, 240, 7200) : 120 + exponential(random, 360, 7200);
        out.text("ANSWERED")
                .integer(wait)
                .integer(handle)
                .flag(random.nextDouble() < ReportFigures.FIRST_CONTACT_RESOLUTION);
    }

    /** 0–60 s, most calls answered quickly; 60 itself occurs (the limit is inclusive). */
    private static int withinAMinute(SplittableRandom random) {
        while (true) {
            int wait = (int) Math.floor(random.nextExponential() * 22);
            if (wait <= 60) {
                return wait;
            }
        }
    }

    private static int exponential(SplittableRandom random, double mean, int max) {
        return (int) Math.min(max, Math.floor(random.nextExponential() * mean));
    }
}
