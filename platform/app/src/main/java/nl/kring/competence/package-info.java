/** The competence framework courses develop (shipped with the plugin API), with names in the user's language. */
package nl.kring.competence;
