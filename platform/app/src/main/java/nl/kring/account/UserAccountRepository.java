package nl.kring.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByRolesContains(Role role);

    java.util.List<UserAccount> findByEmailIgnoreCase(String email);

    /** One row [id, sessionsValidFrom] when the account exists; none once it was erased. */
    @org.springframework.data.jpa.repository.Query("select a.id, a.sessionsValidFrom from UserAccount a where a.id = :id")
    java.util.List<Object[]> sessionState(@org.springframework.data.repository.query.Param("id") long id);
}
