package nl.kring.certification;

import java.io.IOException;
import java.io.UncheckedIOException;

import nl.kring.coursekit.CompetenceFramework;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The programmes, and the daily run of renewal reminders. */
@Configuration
@EnableScheduling
class CertificationConfiguration {

    /** The programmes: the shipped file, or another one given with {@code kring.certification.programmes}. */
    @Bean
    Programmes programmes(@Value("${kring.certification.programmes:classpath:kring/certification-programmes.yaml}")
                          Resource file, CompetenceFramework framework) {
        try {
            return Programmes.read(file.getInputStream(), file.getDescription(), framework);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certification programmes " + file.getDescription(), e);
        }
    }
}
