package se.nyckeltal.indicators;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndicatorProperties.class)
public class IndicatorsConfiguration {

    @Bean
    public IndicatorRecomputation indicatorRecomputation(IndicatorProperties properties) {
        return new IndicatorRecomputation(properties.disclosureLimit());
    }
}
