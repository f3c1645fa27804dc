package nl.kring.certification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates of several learners at once, for overviews that decide themselves who may see whom (a team lead
 * sees their team): per learner, the latest certificate per programme with its status today.
 */
@Component
public class CertificateStatuses {

    private final CertificateRepository certificates;
    private final Programmes programmes;
    private final Clock clock;

    CertificateStatuses(CertificateRepository certificates, Programmes programmes, Optional<Clock> clock) {
        this.certificates = certificates;
        this.programmes = programmes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public List<Programme> programmes() {
        return programmes.all();
    }

    /** Learner id to programme id to their latest certificate; one query for all. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, IssuedCertificate>> latest(Collection<Long> userIds) {
        Map<Long, Map<String, IssuedCertificate>> latest = new HashMap<>();
        if (userIds.isEmpty()) {
            return latest;
        }
        var now = clock.instant();
        for (Certificate certificate : certificates.findByUserIdInOrderByIssuedAtDesc(userIds)) {
            int renewalDays = programmes.find(certificate.getProgrammeId()).map(Programme::renewalDays).orElse(0);
            latest.computeIfAbsent(certificate.getUserId(), k -> new LinkedHashMap<>())
                    .putIfAbsent(certificate.getProgrammeId(), certificate.view(now, renewalDays));
        }
        return latest;
    }
}
