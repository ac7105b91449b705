/** Use cases: what staff and owner do, each in one transaction, validated before anything is written. */
package de.stammkunde.service;
