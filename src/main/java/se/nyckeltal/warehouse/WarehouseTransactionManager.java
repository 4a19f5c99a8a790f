package se.nyckeltal.warehouse;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's JDBC transaction manager, except that a connection whose commit failed leaves the pool.
 * When DuckDB cannot commit (a full disk, say), it ends the transaction while the JDBC connection
 * still has auto-commit off; every later transaction on that connection then failed with "cannot
 * commit - no transaction is active", Spring Batch among them when it recorded the failure, so the
 * operator saw that instead of the full disk. A fresh connection works.
 *
 * <p>After a commit, the write-ahead log (which DuckDB creates at a commit, with the umask's mode)
 * is made owner-only like the warehouse file: it holds the same person-level facts.
 */
public class WarehouseTransactionManager extends JdbcTransactionManager {

    private final Path warehouse;

    public WarehouseTransactionManager(DataSource dataSource, Path warehouse) {
        super(dataSource);
        this.warehouse = warehouse;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            super.doCommit(status);
            FileModes.ownerOnlyWarehouse(warehouse);
        } catch (TransactionException e) {
            Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction())
                    .getConnectionHolder()
                    .getConnection();
            if (getDataSource() instanceof HikariDataSource pool) {
                pool.evictConnection(connection);
            }
            throw e;
        }
    }
}
