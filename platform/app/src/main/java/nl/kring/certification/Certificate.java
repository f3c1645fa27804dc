package nl.kring.certification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certificate as issued: who, which programme, when, until when, the points and the verification code. */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null, as is the holder's name, once the holder was erased (the code still verifies as issued). */
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "programme_id", nullable = false)
    private String programmeId;

    @Column(name = "programme_title", nullable = false)
    private String programmeTitle;

    @Column(name = "holder_name")
    private String holderName;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private double points;

    @Column(nullable = false)
    private String register;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Certificate() {
    }

    Certificate(long userId, String programmeId, String programmeTitle, String holderName, String code, double points,
                String register, Instant issuedAt, Instant validUntil) {
        this.userId = userId;
        this.programmeId = programmeId;
        this.programmeTitle = programmeTitle;
        this.holderName = holderName;
        this.code = code;
        this.points = points;
        this.register = register;
        this.issuedAt = issuedAt;
        this.validUntil = validUntil;
    }

    IssuedCertificate view(Instant now, int renewalDays) {
        return new IssuedCertificate(id, programmeId, programmeTitle, holderName, code, points, register, issuedAt,
                validUntil, IssuedCertificate.Status.at(now, validUntil, renewalDays));
    }

    LedgerLine ledgerLine() {
        return new LedgerLine(issuedAt, LedgerLine.Kind.CERTIFICATE, programmeTitle, points, register, code);
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId == null ? -1 : userId;
    }

    String getProgrammeId() {
        return programmeId;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    Instant getValidUntil() {
        return validUntil;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }
}
