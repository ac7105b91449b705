/** What every screen shares: background work, dialogs, debouncing, FXML loading, icons. */
package de.stammkunde.ui.common;
