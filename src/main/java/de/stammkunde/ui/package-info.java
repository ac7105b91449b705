/** The JavaFX views: thin FXML controllers over ViewModels, one package per feature. */
package de.stammkunde.ui;
