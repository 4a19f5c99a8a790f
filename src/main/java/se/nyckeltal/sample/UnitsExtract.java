package se.nyckeltal.sample;

import java.io.IOException;

/** {@code units/units.csv}: every version of every unit, the reorganised unit with two. */
final class UnitsExtract {

    private UnitsExtract() {}

    static void write(Organisation organisation, WrittenFiles files) throws IOException {
        files.write(SampleExtract.UNITS, "units.csv", out -> {
            for (UnitPlan unit : organisation.units()) {
                for (UnitVersion version : unit.versions()) {
                    out.text(version.code())
                            .text(version.name())
                            .text(version.businessArea())
                            .text(version.process())
                            .text(version.validFrom().toString());
                    if (version.validTo() == null) {
                        out.empty();
                    } else {
                        out.text(version.validTo().toString());
                    }
                    out.endRow();
                }
            }
        });
    }
}
