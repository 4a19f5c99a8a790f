/**
 * The seven input extracts: their columns, types, rules and natural keys as declarative
 * definitions, and the reader that turns one delivered CSV file into typed rows and rejects
 * (delimiter and encoding detection, line numbers, duplicate keys, the reject limit, masking of
 * employee references and personal identity numbers). Knows nothing of the warehouse.
 */
package se.nyckeltal.extract;
