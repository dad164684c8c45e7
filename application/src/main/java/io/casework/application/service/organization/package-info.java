/** Organizations, their plans and limits, API keys and authentication. */
package io.casework.application.service.organization;
