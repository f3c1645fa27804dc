package nl.kring.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import jakarta.persistence.EntityManagerFactory;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schema the Flyway migrations build (on H2, and on PostgreSQL in the second run) is the one the entities expect.
 * Kring itself starts without Hibernate's check ({@code ddl-auto=none}: it costs start-up time and the migrations
 * own the schema); this test turns the check on, so a migration that drifts from an entity fails the build instead.
 */
@SpringBootTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class DatabaseSchemaIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        TestPlugins.isolate(registry, Files.createTempDirectory("kring-plugins-"));
    }

    @Test
    void migrationsBuildTheSchemaTheEntitiesExpect() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(entityManagerFactory.isOpen()).isTrue();
        assertThat(entityManagerFactory.getMetamodel().getEntities()).as("every entity was checked against its table")
                .extracting(type -> type.getName())
                .contains("UserAccount", "QuizAttempt", "Certificate", "StoredPlugin", "Team");
    }
}
