/** Staff members and teams. */
package io.casework.application.service.staff;
