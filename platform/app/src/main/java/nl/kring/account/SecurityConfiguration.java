package nl.kring.account;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import nl.kring.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Sign-in with Vaadin's login view; every view and service method carries its own role check. A view's
 * {@code @RolesAllowed} / {@code @PermitAll} is enforced by Vaadin's navigation access control before the view is
 * shown; a service's by Spring's method security ({@link ServiceMethodSecurity}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(new AntPathRequestMatcher("/images/**")).permitAll()
                // Health checks for the load balancer: only UP / DOWN / OUT_OF_SERVICE, no details.
                .requestMatchers(new AntPathRequestMatcher("/actuator/health"), new AntPathRequestMatcher("/actuator/health/**")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/course-media/**")).authenticated()
                .requestMatchers(new AntPathRequestMatcher("/diagram/**")).authenticated());
        // No referrer to other sites (course pages carry ids in their paths).
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
