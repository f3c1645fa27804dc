package nl.kring.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The address people use to reach Kring ({@code kring.public-url}), for links in e-mails and on certificates. */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${kring.public-url:http://localhost:8080}") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    /** The full address of a page, e.g. {@code of("login")} is {@code https://kring.example.org/login}. */
    public String of(String path) {
        return base + "/" + path.replaceAll("^/+", "");
    }
}
