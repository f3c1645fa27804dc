package nl.kring.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kring.account.ui.LoginView;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Sign-in with Vaadin's login view; every view and service method carries its own role check. A view's
 * {@code @RolesAllowed} / {@code @PermitAll} is enforced by Vaadin's navigation access control before the view is
 * shown; a service's by Spring's method security ({@link ServiceMethodSecurity}). Passwords are checked by
 * {@link ThrottledAuthenticationProvider}; sessions are limited by {@link SessionLimits}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    /**
     * What the browser may load and run. Vaadin's client engine needs inline scripts, {@code eval} and inline styles
     * (its documented minimum); everything else is limited to Kring itself: no plugins, no other sites, no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final SessionRevocations revocations;
    private final SecurityLog log;
    private final Duration absoluteTimeout;
    private final Clock clock;

    SecurityConfiguration(SessionRevocations revocations, SecurityLog log,
                          @Value("${kring.session.absolute-timeout:12h}") Duration absoluteTimeout, Optional<Clock> clock) {
        this.revocations = revocations;
        this.log = log;
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Argon2id with OWASP's recommended cost (19 MiB, 2 passes, 1 lane), stored as {@code {argon2}…}. Hashes from
     * before (bcrypt, cost 12, no prefix) still sign in and are replaced by Argon2id at that sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19_456, 2),
                "bcrypt", new BCryptPasswordEncoder(12));
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", encoders);
        encoder.setDefaultPasswordEncoderForMatches(encoders.get("bcrypt"));
        return encoder;
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
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        http.addFilterAfter(new SessionLimits(revocations, log, absoluteTimeout, clock),
                SecurityContextHolderFilter.class);
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null) {
                log.recordAs(authentication.getName(), SecurityEventType.SIGN_OUT, authentication.getName(), null);
            }
        }));
        super.configure(http);
        setLoginView(http, LoginView.class);
        http.formLogin(form -> form.failureHandler(failureHandler()));
    }

    /** Back to the sign-in page, which says whether the password was wrong or the account is locked for a while. */
    private static AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) ->
                response.sendRedirect(request.getContextPath() + (failure instanceof LockedException ? "/login?locked" : "/login?error"));
    }
}
