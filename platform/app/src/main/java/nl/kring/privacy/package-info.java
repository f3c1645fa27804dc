/**
 * People's data under their control (GDPR articles 15, 17 and 20; OWASP ASVS V8.3): a person downloads everything
 * Kring keeps about them (JSON and a readable PDF), and an administrator erases a person. Both walk every feature's
 * {@link nl.kring.base.PersonalData} (and, through the plugin host, every plugin that keeps data of its own).
 */
package nl.kring.privacy;
