package se.nyckeltal.extract;

/** STUB until the extract branch lands. */
public class FileRejectedException extends Exception {
    public FileRejectedException(String message) {
        super(message);
    }

    public Long lineNumber() {
        return null;
    }

    public String columnName() {
        return null;
    }
}
