package nl.kring.certification;

import java.util.List;
import java.util.Optional;

/**
 * A programme as the learner sees it: what it asks, how far they are, and their latest certificate.
 *
 * @param renewable whether meeting the requirements now would renew (the latest certificate is due or expired)
 */
public record ProgrammeStatus(Programme programme, String title, String description, List<Requirement> requirements,
                              boolean met, Optional<IssuedCertificate> latest, boolean renewable) {

    /** One required competence with the level asked and the learner's level now. */
    public record Requirement(String competenceId, String competenceTitle, int needed, String neededTitle, int level) {

        public boolean met() {
            return level >= needed;
        }
    }
}
