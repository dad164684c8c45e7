/**
 * Moving the open cases of a member who can no longer work them: {@link
 * io.casework.application.service.reassignment.ReassignmentPlans} writes a job in the transaction of the change
 * (deactivated, away, an out-of-office window planned), and {@link
 * io.casework.application.service.reassignment.ReassignmentWorker} moves the cases in batches once it is due.
 */
package io.casework.application.service.reassignment;
