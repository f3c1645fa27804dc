package nl.kring.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of the security log; written once, never updated through the entity. */
@Entity
@Immutable
@Table(name = "security_event")
class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private SecurityEventType type;

    @Column(length = 200)
    private String actor;

    @Column(length = 200)
    private String subject;

    @Column(length = 64)
    private String address;

    @Column(length = 1000)
    private String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, SecurityEventType type, String actor, String subject, String address, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = cut(actor, 200);
        this.subject = cut(subject, 200);
        this.address = cut(address, 64);
        this.detail = cut(detail, 1000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    SecurityLogEntry entry() {
        return new SecurityLogEntry(id, occurredAt, type, actor, subject, address, detail);
    }
}
