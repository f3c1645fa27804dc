/**
 * The security log: who signed in or failed to, locked accounts, password changes and resets, invitations, role
 * changes, plugin changes, exports of personal data and erasures. Every feature writes to it through
 * {@link nl.kring.audit.SecurityLog}; administrators read it; nobody can change or delete an entry (only the
 * erasure of a person replaces their name in it by a pseudonym, see docs/security.md).
 */
package nl.kring.audit;
