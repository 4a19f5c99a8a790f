/**
 * {@code retract}: withdraws one loaded delivery so that the warehouse is as if it had never been
 * delivered (its keys get the latest earlier delivery's version back, the periods it touched are
 * recomputed), in one transaction; and withdraws a retraction again ({@code --undo}).
 */
package se.nyckeltal.retract;
