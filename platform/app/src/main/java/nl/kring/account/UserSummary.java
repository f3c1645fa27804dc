package nl.kring.account;

import java.util.Set;

/** A user as other features see it: id, login name, display name and roles. */
public record UserSummary(long id, String username, String displayName, Set<Role> roles) {
}
