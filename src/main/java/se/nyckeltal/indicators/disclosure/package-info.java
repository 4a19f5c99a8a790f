/**
 * Disclosure control of the HR figures (docs/indicators.md, "Disclosure control"): which
 * cells to withhold so that no figure of a group of at most the limit's employees is shown or
 * can be worked out from the shown ones by adding and subtracting. Pure computation over
 * {@link se.nyckeltal.indicators.disclosure.DisclosureProblem}: the cells with their
 * populations and the additive relations between them; the warehouse side lives in
 * {@code se.nyckeltal.indicators.DisclosureControl}.
 */
package se.nyckeltal.indicators.disclosure;
