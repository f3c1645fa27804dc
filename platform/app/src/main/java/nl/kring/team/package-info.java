/** Teams of professionals and their lead; team overviews build on this. */
package nl.kring.team;
