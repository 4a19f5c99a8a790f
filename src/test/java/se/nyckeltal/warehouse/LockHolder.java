package se.nyckeltal.warehouse;

import java.nio.file.Path;
import java.time.Duration;

/** A second process for {@link WarehouseLockTests}: holds the lock for args[1] milliseconds. */
public final class LockHolder {

    public static void main(String[] args) throws Exception {
        try (WarehouseLock lock = WarehouseLock.acquire(Path.of(args[0]), "load", Duration.ZERO)) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
