package nl.kring.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks plugin jars signed the standard way ({@code jarsigner}) against the trusted keys: X.509 certificates
 * ({@code .pem}, {@code .crt}, {@code .cer}) in {@code kring.plugins.trusted-keys}, matched by public key. Reads every
 * entry, so a file changed, added or removed after signing makes the signature invalid. With
 * {@code kring.plugins.signatures=required} the host refuses every jar that is not signed by a trusted key, before PF4J
 * opens it (no class of it is ever loaded). See docs/security.md, "Signed plugins".
 */
@Component
class PluginSignatures {

    /** What a jar's signature says. */
    enum State { UNSIGNED, TRUSTED, UNTRUSTED, INVALID }

    /**
     * @param signer the signer's certificate subject, when signed
     * @param detail what is wrong, or the certificate's SHA-256 fingerprint for an unknown key
     */
    record Verdict(State state, String signer, String detail) {

        /** One sentence for the Plugins page and the log. */
        String describe() {
            return switch (state) {
                case UNSIGNED -> "not signed";
                case TRUSTED -> "signed by " + signer + " (a trusted key)";
                case UNTRUSTED -> "signed by " + signer + ", a key that is not trusted here (certificate SHA-256 " + detail + ")";
                case INVALID -> "the signature is not valid: " + detail;
            };
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PluginSignatures.class);
    private final boolean required;
    private final List<PublicKey> trusted;

    PluginSignatures(PluginProperties properties) {
        this.required = properties.signatures() == PluginProperties.SignaturePolicy.REQUIRED;
        this.trusted = properties.trustedKeys() == null ? List.of() : load(properties.trustedKeys());
        if (required && trusted.isEmpty()) {
            LOG.warn("kring.plugins.signatures=required but no trusted keys in kring.plugins.trusted-keys: every plugin is refused");
        }
    }

    boolean required() {
        return required;
    }

    /** Why this jar may not be loaded under the current policy, if it may not. */
    java.util.Optional<String> refusal(Path jar) {
        if (!required) {
            return java.util.Optional.empty();
        }
        Verdict verdict = check(jar);
        return verdict.state() == State.TRUSTED ? java.util.Optional.empty()
                : java.util.Optional.of("signatures are required and this plugin is " + verdict.describe());
    }

    Verdict check(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Set<Certificate> common = null;
            Set<String> present = new HashSet<>();
            List<String> unsigned = new ArrayList<>();
            byte[] buffer = new byte[16 * 1024];
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // reading to the end makes JarFile compare the entry with its signed digest
                    }
                } catch (SecurityException changed) {
                    return new Verdict(State.INVALID, null, "'" + entry.getName() + "' was changed after signing");
                }
                present.add(entry.getName());
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned.add(entry.getName());
                    continue;
                }
                Set<Certificate> leaves = new HashSet<>();
                Arrays.stream(signers).map(s -> s.getSignerCertPath().getCertificates().get(0)).forEach(leaves::add);
                if (common == null) {
                    common = leaves;
                } else {
                    common.retainAll(leaves);
                }
            }
            if (common == null) {
                return new Verdict(State.UNSIGNED, null, null);
            }
            if (!unsigned.isEmpty()) {
                return new Verdict(State.INVALID, null, "'" + unsigned.get(0) + "' was added after signing");
            }
            java.util.Optional<String> removed = removedAfterSigning(file.getManifest(), present);
            if (removed.isPresent()) {
                return new Verdict(State.INVALID, null, "'" + removed.get() + "' was removed after signing");
            }
            if (common.isEmpty()) {
                return new Verdict(State.INVALID, null, "its files are signed by different keys");
            }
            X509Certificate signer = (X509Certificate) common.iterator().next();
            String subject = signer.getSubjectX500Principal().getName();
            for (Certificate certificate : common) {
                if (trusted.contains(certificate.getPublicKey())) {
                    return new Verdict(State.TRUSTED, ((X509Certificate) certificate).getSubjectX500Principal().getName(), null);
                }
            }
            return new Verdict(State.UNTRUSTED, subject, fingerprint(signer));
        } catch (SecurityException e) {
            return new Verdict(State.INVALID, null, e.getMessage());
        } catch (IOException e) {
            return new Verdict(State.INVALID, null, "the jar cannot be read: " + e.getMessage());
        }
    }

    /** A signed manifest lists a digest for every file; one missing from the jar was taken out after signing. */
    private static java.util.Optional<String> removedAfterSigning(Manifest manifest, Set<String> present) {
        if (manifest == null) {
            return java.util.Optional.empty();
        }
        return manifest.getEntries().entrySet().stream()
                .filter(e -> e.getValue().keySet().stream().anyMatch(k -> k.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST")))
                .map(java.util.Map.Entry::getKey).filter(name -> !present.contains(name)).sorted().findFirst();
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (Exception e) {
            return "?";
        }
    }

    private static List<PublicKey> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("kring.plugins.trusted-keys: " + folder + " is not a folder of certificates");
        }
        List<PublicKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            for (Path file : files.filter(PluginSignatures::isCertificateFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Collection<? extends Certificate> certificates = x509.generateCertificates(in);
                    certificates.forEach(c -> keys.add(c.getPublicKey()));
                    LOG.info("Trusted plugin signing key: {} ({} certificate(s))", file.getFileName(), certificates.size());
                } catch (CertificateException e) {
                    throw new IllegalStateException("kring.plugins.trusted-keys: " + file + " is not an X.509 certificate: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(keys);
    }

    private static boolean isCertificateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer");
    }
}
