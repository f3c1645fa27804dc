/**
 * The privacy extension point: a plugin that keeps personal data of its own hands it over and forgets it on request,
 * as every Moodle plugin does through the Privacy API. Start at {@link nl.kring.api.privacy.PersonalDataProvider}.
 *
 * @since 1.4.0
 */
package nl.kring.api.privacy;
