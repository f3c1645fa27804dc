/**
 * The activity extension point: practice activities (role-play, genogram, worksheet, …) that plugins add.
 * Start at {@link nl.kring.api.activity.ActivityType}.
 *
 * @since 1.0.0
 */
package nl.kring.api.activity;
