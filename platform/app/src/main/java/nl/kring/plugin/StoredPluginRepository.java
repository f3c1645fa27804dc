package nl.kring.plugin;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredPluginRepository extends JpaRepository<StoredPlugin, String> {
}
