/** Demo data for the {@code demo} profile: a user per role, a team and some progress. Never active otherwise. */
package nl.kring.demo;
