package se.nyckeltal.warehouse;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the pseudonym key comes from. In order: the environment variable
 * {@code NYCKELTAL_PSEUDONYM_KEY}, this {@code key} (configuration), the {@code keyFile}
 * (default {@code $XDG_CONFIG_HOME/nyckeltal/pseudonym.key}, else
 * {@code ~/.config/nyckeltal/pseudonym.key}), created on first use.
 */
@ConfigurationProperties("nyckeltal.pseudonym")
public record PseudonymProperties(String key, Path keyFile) {}
