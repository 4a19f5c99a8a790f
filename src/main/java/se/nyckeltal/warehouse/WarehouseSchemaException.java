package se.nyckeltal.warehouse;

/**
 * The warehouse's schema history does not fit this release (written by a newer one, a migration
 * edited after release, a failed migration): the operator's to resolve, so its message is shown as is.
 */
public class WarehouseSchemaException extends RuntimeException {

    public WarehouseSchemaException(String message) {
        super(message);
    }
}
