/**
 * Accounts, roles, sign-in and the first administrator. Passwords are stored as bcrypt hashes only.
 */
package nl.kring.account;
