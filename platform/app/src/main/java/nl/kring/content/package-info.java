/**
 * Turns course Markdown into safe HTML: Flexmark with tables, footnotes, attributes and callouts, raw HTML
 * suppressed, links rewritten by the caller, and the result run through the OWASP HTML sanitizer.
 * The only feature that uses Flexmark. Also draws plugins' diagrams as PNG for downloads
 * ({@link nl.kring.content.SvgToPng}).
 */
package nl.kring.content;
