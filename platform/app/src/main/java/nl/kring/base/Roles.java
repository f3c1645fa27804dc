package nl.kring.base;

import java.util.List;

/** The roles of Kring, as constants so that {@code @RolesAllowed} can name them. */
public final class Roles {

    public static final String LEARNER = "LEARNER";
    public static final String TRAINER = "TRAINER";
    public static final String TEAM_LEAD = "TEAM_LEAD";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(LEARNER, TRAINER, TEAM_LEAD, ADMIN);

    private Roles() {
    }
}
