package nl.kring.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Signing keys and signed jars for tests, made with the JDK's own keytool and jarsigner, as a trainer would. */
final class Keys {

    static final String PASSWORD = "test-keystore-pw";

    private Keys() {
    }

    static void generate(Path keystore, String subject) throws IOException, InterruptedException {
        run(tool("keytool"), "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", "plugins", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30", "-dname", subject);
    }

    static void exportCertificate(Path keystore, Path pem) throws IOException, InterruptedException {
        run(tool("keytool"), "-exportcert", "-rfc", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-alias", "plugins",
                "-file", pem.toString());
    }

    static Path sign(Path jar, Path keystore, Path signed) throws IOException, InterruptedException {
        run(tool("jarsigner"), "-keystore", keystore.toString(), "-storepass", PASSWORD, "-signedjar", signed.toString(),
                jar.toString(), "plugins");
        return signed;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
