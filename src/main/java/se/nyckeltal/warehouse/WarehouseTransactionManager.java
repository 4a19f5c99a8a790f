package se.nyckeltal.warehouse;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.DefaultTransactionStatus;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Spring's JDBC transaction manager, except that a connection whose commit failed leaves the pool.
 * When DuckDB cannot commit (a full disk, say), it ends the transaction while the JDBC connection
 * still has auto-commit off; every later transaction on that connection then failed with "cannot
 * commit - no transaction is active", Spring Batch among them when it recorded the failure, so the
 * operator saw that instead of the full disk. A fresh connection works.
 */
public class WarehouseTransactionManager extends JdbcTransactionManager {

    public WarehouseTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            super.doCommit(status);
        } catch (TransactionException e) {
            Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder()
                    .getConnection();
            if (getDataSource() instanceof HikariDataSource pool) {
                pool.evictConnection(connection);
            }
            throw e;
        }
    }
}
