package se.nyckeltal.docs;

import java.util.List;

/** One table of a public schema with its comment and columns, in the catalogue's order. */
record DocumentedTable(String schema, String name, String comment, List<DocumentedColumn> columns) {

    String qualifiedName() {
        return schema + "." + name;
    }
}
