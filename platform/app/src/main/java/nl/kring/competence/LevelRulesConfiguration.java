package nl.kring.competence;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration
class LevelRulesConfiguration {

    /** The level rules: the shipped file, or another one given with {@code kring.competence.rules}. */
    @Bean
    LevelRules levelRules(@Value("${kring.competence.rules:classpath:kring/competence-levels.yaml}") Resource rules) {
        try {
            return LevelRules.read(rules.getInputStream(), rules.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the competence level rules " + rules.getDescription(), e);
        }
    }
}
