/**
 * The application: the Spring Boot entry point ({@link se.nyckeltal.NyckeltalApplication}) and
 * the Spring Batch infrastructure every job shares (its job repository lives in the warehouse
 * file).
 * The commands themselves are in {@code cli}; the stages of the nightly load in {@code load}.
 */
package se.nyckeltal;
