package nl.kring.plugin;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PluginAuditRepository extends JpaRepository<PluginAuditEntry, Long> {

    List<PluginAuditEntry> findByOrderByAtDescIdDesc(Pageable page);
}
