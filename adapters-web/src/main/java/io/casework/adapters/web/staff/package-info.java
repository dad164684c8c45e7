/**
 * The admins' pages for people: {@code /staff} (add, edit, deactivate staff members) and {@code /teams} (create
 * teams, rename them, change their members), through the same use cases as {@code /v1/staff-members} and
 * {@code /v1/teams}.
 */
package io.casework.adapters.web.staff;
