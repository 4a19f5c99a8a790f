/**
 * The application: the Spring Boot entry point ({@link se.nyckeltal.NyckeltalApplication}), the
 * Spring Batch infrastructure every job shares (its job repository lives in the warehouse file),
 * and the start-up preloader that defines classes on the second core while a command starts.
 * The commands themselves are in {@code cli}; the stages of the nightly load in {@code load}.
 */
package se.nyckeltal;
