package se.nyckeltal.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.nyckeltal.NyckeltalApplication;
import se.nyckeltal.warehouse.WarehouseLock;

/**
 * Starts the Spring context of one command against one warehouse file, holding the writer
 * lock for as long as the context is open.
 */
public final class SpringContexts {

    private SpringContexts() {}

    /** The application every command starts (and the build's ahead-of-time processing captures). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(NyckeltalApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // The command closes the context itself; on SIGTERM the scheduler first
                // finishes its run, which Spring's own hook would cut short.
                .registerShutdownHook(false);
    }

    static Session open(WarehouseOption option, String command) {
        WarehouseLock lock = WarehouseLock.acquire(option.warehouse(), command, option.waitForLock());
        try {
            ConfigurableApplicationContext context = application()
                    .properties("nyckeltal.warehouse.file=" + option.warehouse().toAbsolutePath())
                    .run();
            return new Session(context, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The context and the lock, closed together (the context first: it closes the file). */
    record Session(ConfigurableApplicationContext context, WarehouseLock lock) implements AutoCloseable {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        @Override
        public void close() {
            try {
                context.close();
            } finally {
                lock.close();
            }
        }
    }
}
