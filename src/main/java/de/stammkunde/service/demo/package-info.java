/** Realistic German demo data for trying the app and for benchmarks. */
package de.stammkunde.service.demo;
