package nl.kring.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import nl.kring.base.KringTime;
import nl.kring.base.Mailer;
import nl.kring.base.PublicAddress;
import nl.kring.account.AccountDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, every certificate whose renewal window has opened (and that was not renewed yet) gets one reminder by
 * e-mail, in the holder's language ({@link Mailer}). Without a mail
 * server the reminder is only shown in the app; either way the certificate is marked as reminded. With several nodes
 * only the node that marks a certificate first sends its reminder.
 */
@Component
class RenewalReminders {

    private static final Logger LOG = LoggerFactory.getLogger(RenewalReminders.class);

    private final CertificateRepository certificates;
    private final Programmes programmes;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final Clock clock;
    private final PublicAddress address;

    RenewalReminders(CertificateRepository certificates, Programmes programmes, AccountDirectory accounts, Mailer mailer,
                     Optional<Clock> clock, PublicAddress address) {
        this.certificates = certificates;
        this.programmes = programmes;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock.orElse(Clock.systemUTC());
        this.address = address;
    }

    /** Sends the reminders that are due; returns how many certificates were reminded. */
    @Scheduled(cron = "${kring.reminders.cron:0 0 7 * * *}", zone = KringTime.ZONE_ID)
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        int longestWindow = programmes.all().stream().mapToInt(Programme::renewalDays).max().orElse(0);
        int reminded = 0;
        for (Certificate certificate : certificates.findByValidUntilBetweenAndRemindedAtIsNull(now,
                now.plus(Duration.ofDays(longestWindow)))) {
            Optional<Programme> programme = programmes.find(certificate.getProgrammeId());
            boolean due = programme.filter(p -> !now.isBefore(certificate.getValidUntil().minus(Duration.ofDays(p.renewalDays()))))
                    .isPresent();
            boolean latest = certificates.findFirstByUserIdAndProgrammeIdOrderByIssuedAtDesc(certificate.getUserId(),
                    certificate.getProgrammeId()).map(c -> c.getId().equals(certificate.getId())).orElse(false);
            if (due && latest && certificates.claimReminder(certificate.getId(), now) == 1) {
                if (send(certificate, programme.get())) {
                    reminded++;
                } else {
                    certificates.releaseReminder(certificate.getId());
                }
            }
        }
        if (reminded > 0) {
            LOG.info("Renewal reminders sent for {} certificate(s)", reminded);
        }
        return reminded;
    }

    /** Sends the e-mail when it can; false when the mail server refused it (tried again next time). */
    private boolean send(Certificate certificate, Programme programme) {
        Optional<AccountDirectory.MailAddress> to = accounts.mailAddress(certificate.getUserId());
        if (to.isEmpty()) {
            LOG.info("Certificate {} is due for renewal; the holder has no e-mail address", certificate.getId());
            return true;
        }
        boolean dutch = "nl".equals(to.get().language());
        String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(to.get().language()))
                .withZone(KringTime.ZONE).format(certificate.getValidUntil());
        String title = programme.title(to.get().language());
        Mailer.Outcome outcome = mailer.send(to.get().email(), dutch ? "Je certificaat '" + title + "' verloopt op " + expires
                : "Your certificate '" + title + "' expires on " + expires, dutch
                ? "Beste " + to.get().name() + ",\n\nJe certificaat '" + title + "' is geldig tot " + expires + ". Je kunt het nu"
                + " vernieuwen: laat opnieuw zien dat je de competenties beheerst, met een korte opfrisser in plaats van de hele"
                + " cursus.\n\nBekijk wat er nodig is: " + address.of("my-certificates") + "\n\nMet vriendelijke groet,\nKring\n"
                : "Dear " + to.get().name() + ",\n\nYour certificate '" + title + "' is valid until " + expires + ". You can renew"
                + " it now: show your competences again, with a short refresher instead of the whole course.\n\nSee what it"
                + " takes: " + address.of("my-certificates") + "\n\nKind regards,\nKring\n");
        if (outcome == Mailer.Outcome.NO_SERVER) {
            LOG.info("Certificate {} is due for renewal; no mail server configured (spring.mail.host), shown in the app only",
                    certificate.getId());
        }
        if (outcome == Mailer.Outcome.FAILED) {
            LOG.warn("The renewal reminder for certificate {} could not be sent, trying again next time", certificate.getId());
        }
        return outcome != Mailer.Outcome.FAILED;
    }
}
