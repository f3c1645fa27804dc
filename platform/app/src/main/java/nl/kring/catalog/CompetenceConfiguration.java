package nl.kring.catalog;

import nl.kring.coursekit.CompetenceFramework;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CompetenceConfiguration {

    @Bean
    CompetenceFramework competenceFramework() {
        return CompetenceFramework.standard();
    }
}
