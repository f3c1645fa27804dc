/**
 * Shared kernel: role names, translations, the user's language preference contract and the application
 * layout that every feature's views sit in. Depends on no other feature.
 */
package nl.kring.base;
