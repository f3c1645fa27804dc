package nl.kring.certification;

import java.time.Instant;

/**
 * One line of a learner's accreditation ledger: a completed course or an issued certificate, with its points.
 *
 * @param reference the course id and version, or the certificate's verification code
 */
public record LedgerLine(Instant at, Kind kind, String title, double points, String register, String reference) {

    public enum Kind {
        COURSE, CERTIFICATE
    }
}
