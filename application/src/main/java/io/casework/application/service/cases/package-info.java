/** Opening, changing and reading cases; a case is stored with the events it recorded, in one transaction. */
package io.casework.application.service.cases;
