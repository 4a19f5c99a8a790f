package se.nyckeltal.sample;

import java.io.IOException;

/** STUB until the sample branch lands. */
public final class SampleGenerator {
    public Object generate(SampleSpec spec) throws IOException {
        return null;
    }
}
