/**
 * The course catalog: what courses are installed, their outline and their lessons rendered in the user's
 * language. Reads active course plugins from the plugin host; renders Markdown through the content feature.
 */
package nl.kring.catalog;
