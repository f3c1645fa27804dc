package nl.kring.certification;

import java.time.Duration;
import java.time.Instant;

/** A certificate as learners, the PDF and the verification page see it. */
public record IssuedCertificate(long id, String programmeId, String programmeTitle, String holderName, String code,
                                double points, String register, Instant issuedAt, Instant validUntil, Status status) {

    /** Valid, valid but due for renewal, or expired. */
    public enum Status {
        VALID, RENEWAL_DUE, EXPIRED;

        static Status at(Instant now, Instant validUntil, int renewalDays) {
            if (!now.isBefore(validUntil)) {
                return EXPIRED;
            }
            return now.isBefore(validUntil.minus(Duration.ofDays(renewalDays))) ? VALID : RENEWAL_DUE;
        }
    }

    public boolean valid() {
        return status != Status.EXPIRED;
    }
}
