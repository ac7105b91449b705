/** The customer list, the customer form and the merge of two customers. */
package de.stammkunde.ui.customers;
