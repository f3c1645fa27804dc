package nl.kring.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByRolesContains(Role role);

    java.util.List<UserAccount> findByEmailIgnoreCase(String email);

    @org.springframework.data.jpa.repository.Query("select a.sessionsValidFrom from UserAccount a where a.id = :id")
    java.util.Optional<java.time.Instant> sessionsValidFrom(@org.springframework.data.repository.query.Param("id") long id);
}
