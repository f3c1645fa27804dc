package nl.kring.account;

import nl.kring.base.Roles;

/** What a user may do in Kring; the names match {@link Roles} for {@code @RolesAllowed}. */
public enum Role {
    /** A clinician taking courses. */
    LEARNER,
    /** Writes and installs course plugins. */
    TRAINER,
    /** Sees the competences and certificates of a team. */
    TEAM_LEAD,
    /** Runs the platform: plugins, accounts. */
    ADMIN;

    static {
        for (Role role : values()) {
            if (!Roles.ALL.contains(role.name())) {
                throw new IllegalStateException("Role " + role + " is missing from Roles.ALL");
            }
        }
    }
}
