package se.nyckeltal.monitoring;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Run attempts, health, freshness and the metrics file. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringProperties.class)
public class MonitoringConfiguration {

    /** The clock freshness and age are judged by: now, or {@code nyckeltal.monitoring.as-of}. */
    @Bean
    public Clock monitoringClock(MonitoringProperties properties) {
        return properties.asOf() == null
                ? Clock.systemDefaultZone()
                : Clock.fixed(properties.asOf(), ZoneId.systemDefault());
    }
}
