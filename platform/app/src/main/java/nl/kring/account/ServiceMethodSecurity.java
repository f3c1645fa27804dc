package nl.kring.account;

import com.vaadin.flow.component.Component;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
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
    static AuthorizationManagerBeforeMethodInterceptor jsr250ServiceAuthorization(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(servicesOnly(), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        strategy.ifAvailable(interceptor::setSecurityContextHolderStrategy);
        return interceptor;
    }

    /** Methods annotated, or of a class annotated, with a JSR-250 annotation — outside Vaadin components. */
    static Pointcut servicesOnly() {
        ComposablePointcut annotated = null;
        for (Class<? extends java.lang.annotation.Annotation> annotation : java.util.List.of(RolesAllowed.class,
                PermitAll.class, DenyAll.class)) {
            Pointcut onClass = new AnnotationMatchingPointcut(annotation, true);
            Pointcut onMethod = new AnnotationMatchingPointcut(null, annotation, true);
            annotated = annotated == null ? new ComposablePointcut(onClass).union(onMethod)
                    : annotated.union(onClass).union(onMethod);
        }
        return annotated.intersection((Class<?> type) -> !Component.class.isAssignableFrom(type));
    }
}
