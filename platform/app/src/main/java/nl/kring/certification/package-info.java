/**
 * Certification: programmes defined as data (required competences and levels, validity, renewal window,
 * accreditation points), certificates issued when a learner meets one, their PDF with a verification code and QR
 * code, and the public verification page.
 */
package nl.kring.certification;
