/** The main window: navigation, status bar, start-up and the UI's composition (controller factory). */
package de.stammkunde.ui.shell;
