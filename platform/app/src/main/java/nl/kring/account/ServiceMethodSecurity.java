package nl.kring.account;

import com.vaadin.flow.component.Component;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Spring's JSR-250 method security ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) for services, but
 * not for Vaadin components. Views carry the same annotations, and Vaadin's navigation access control checks them
 * before a view is created; letting method security proxy every view as well made each page view build a CGLIB proxy
 * and scan the view's several hundred inherited methods for annotations — a fifth of the server's CPU under load.
 */
@Configuration(proxyBeanMethods = false)
class ServiceMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static AuthorizationManagerBeforeMethodInterceptor jsr250ServiceAuthorization(ObjectProvider<SecurityContextHolderStrategy> strategy,
            ObjectProvider<org.springframework.security.authorization.AuthorizationEventPublisher> events) {
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(servicesOnly(), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        strategy.ifAvailable(interceptor::setSecurityContextHolderStrategy);
        // Refusals become events (and so lines in the security log, nl.kring.audit.AccessDenials).
        events.ifAvailable(interceptor::setAuthorizationEventPublisher);
        return interceptor;
    }

    /**
     * Spring Security's own JSR-250 pointcut (methods annotated, or of a class annotated, with {@code @RolesAllowed},
     * {@code @PermitAll} or {@code @DenyAll}), outside Vaadin components.
     */
    static Pointcut servicesOnly() {
        return new ComposablePointcut(AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut())
                .intersection((Class<?> type) -> !Component.class.isAssignableFrom(type));
    }
}
