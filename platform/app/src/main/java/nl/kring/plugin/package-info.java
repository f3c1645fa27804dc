/**
 * The PF4J plugin host: loads plugin jars from {@code kring.plugins.dir}, checks each one completely before
 * it is enabled (descriptor, {@code Plugin-Requires} against the platform API, every course file), keeps a
 * failed plugin disabled with its reason, and serves course media. PF4J is used only here and in the API.
 */
package nl.kring.plugin;
