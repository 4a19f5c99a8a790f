package se.nyckeltal.cli;

import java.nio.file.Path;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.nyckeltal.NyckeltalApplication;

/** Starts the Spring context of one command against one warehouse file. */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext open(Path warehouse) {
        return new SpringApplicationBuilder(NyckeltalApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("nyckeltal.warehouse.file=" + warehouse.toAbsolutePath())
                .run();
    }
}
