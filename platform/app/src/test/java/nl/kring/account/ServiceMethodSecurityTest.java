package nl.kring.account;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kring.assessment.ui.QuizView;
import nl.kring.base.ui.MainLayout;
import nl.kring.team.TeamService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AopUtils;

class ServiceMethodSecurityTest {

    private final Pointcut pointcut = ServiceMethodSecurity.servicesOnly();

    @Test
    void guardsServicesWithJsr250Annotations() {
        assertThat(AopUtils.canApply(pointcut, AccountService.class)).isTrue();
        assertThat(AopUtils.canApply(pointcut, TeamService.class)).isTrue();
    }

    @Test
    void leavesViewsToVaadinsNavigationAccessControl() {
        assertThat(AopUtils.canApply(pointcut, QuizView.class)).isFalse();
        assertThat(AopUtils.canApply(pointcut, MainLayout.class)).isFalse();
    }

    @Test
    void leavesUnannotatedClassesAlone() {
        assertThat(AopUtils.canApply(pointcut, String.class)).isFalse();
    }
}
