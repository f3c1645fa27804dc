package nl.kring.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (chromium, chromium-driver), so nothing is downloaded.
 * Screenshots go to target/screenshots/ for a human to look at.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    Browser(String baseUrl, String language) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kring.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("kring.test.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // Vaadin replaces elements when it redraws a part of the page; look again instead of failing.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for the element's text content (also while it is scrolled out of the layout's scroll area). */
    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.attributeContains(locator, "textContent", text));
    }

    void waitForAttribute(By locator, String attribute, String value) {
        wait.until(ExpectedConditions.attributeToBe(locator, attribute, value));
    }

    /** Scrolls the element to the middle of the window, as a person would before reading or clicking it. */
    WebElement scrollTo(By locator) {
        // Present first, then scrolled into view: an element the page has scrolled past (e.g. a link at the top of a
        // page opened from far down another) does not count as visible until it is brought back into view.
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return waitFor(locator);
    }

    void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(scrollTo(locator))).click();
    }

    /** Chooses {@code file} in a vaadin-upload, as a person picking the file in the dialog would. */
    void upload(By uploadComponent, Path file) {
        WebElement upload = waitFor(uploadComponent);
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Whether the image was fetched and decoded (naturalWidth &gt; 0), i.e. its URL really served an image. */
    boolean imageLoaded(By locator) {
        WebElement image = waitFor(locator);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].complete;", image)));
        Object width = ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", image);
        return width instanceof Number n && n.intValue() > 0;
    }

    /** In a role-play: chooses the first response and says it, then waits until the conversation has moved on. */
    void sayFirstResponse() {
        int before = driver.findElements(By.cssSelector("#conversation-transcript .kring-line")).size();
        click(By.cssSelector("#conversation-choice vaadin-radio-button"));
        click(By.id("conversation-say"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> lines = d.findElements(By.cssSelector("#conversation-transcript .kring-line"));
            return lines.size() > before || !d.findElements(By.id("activity-result")).isEmpty();
        });
    }

    void signIn(String username, String password) {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        WebElement passwordField = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordField.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        waitFor(By.id("sign-out"));
    }

    /**
     * Before any page's own script: alert, prompt and confirm (what every vector of the XSS corpus ends in) become a
     * tripwire that counts calls in the tab's session storage, so a later look finds them even after navigation.
     */
    void armXssTripwire() {
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (() => {
                  const trip = (what) => function () {
                    try { sessionStorage.setItem('kring-xss', (sessionStorage.getItem('kring-xss') || '') + what + ' on '
                        + location.pathname + '; '); } catch (e) { }
                    window.kringXss = (window.kringXss || 0) + 1;
                  };
                  window.alert = trip('alert'); window.prompt = trip('prompt'); window.confirm = trip('confirm');
                })();"""));
    }

    /** What the tripwire caught in this tab so far ("" when nothing ran). */
    String xssTripped() {
        Object caught = ((JavascriptExecutor) driver).executeScript(
                "return (sessionStorage.getItem('kring-xss') || '') + (window.kringXss ? ' (' + window.kringXss + ' here)' : '');");
        return caught == null ? "" : caught.toString();
    }

    /** Fires the events hostile markup listens for (hover, focus, pointer, animation …) on every element of the page. */
    void provokeEveryElement() {
        ((JavascriptExecutor) driver).executeScript("""
                const kinds = ['mouseover', 'mouseenter', 'mousemove', 'mouseout', 'pointerover', 'pointerenter', 'pointermove',
                  'focus', 'focusin', 'blur', 'keydown', 'keyup', 'keypress', 'input', 'toggle', 'animationstart', 'animationend',
                  'transitionend', 'scroll', 'wheel', 'copy', 'cut', 'paste', 'drag', 'dragstart', 'drop', 'load', 'error',
                  'beforeprint', 'afterprint', 'hashchange', 'message', 'search', 'select', 'show', 'touchstart', 'auxclick'];
                for (const element of document.querySelectorAll('.kring-markdown, .kring-markdown *, #conversation-transcript *')) {
                  for (const kind of kinds) {
                    try { element.dispatchEvent(new Event(kind, {bubbles: false})); } catch (e) { }
                  }
                }""");
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
