package org.casebook.server.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the console: Debian's Chromium, headless, driven through Debian's chromedriver (browsers that test
 * tools download do not run here). Each browser has its own profile, so its own session; close it after use.
 * {@code -Dcasebook.test.screenshots=<folder>} keeps a screenshot of every page {@link #shoot} names.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("casebook.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("casebook.test.chromedriver", "/usr/bin/chromedriver"));
    /** axe-core, which the console's build installs from npm (a dev dependency: it never reaches the jar). */
    private static final Path AXE = Path.of(System.getProperty("casebook.test.axe",
                                                               "../console/node_modules/axe-core/axe.min.js"));
    /** Runs axe on the page and answers its serious and critical violations, one line per element, saying what to fix. */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(
                found => done(found.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + n.target.join(' ')
                        + ' ' + n.html.substring(0, 200) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')))),
                failed => done(['axe failed: ' + failed]));
            """;

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("browser tests need Chromium and its driver: apt-get install chromium "
                    + "chromium-driver (.ci/run does it), or -Dcasebook.test.chromium and -Dcasebook.test.chromedriver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags keep a sandboxed, offline machine's Chromium from reaching out (see the machine's notes)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                                                                       .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        this.baseUrl = baseUrl;
    }

    public static Browser at(CasebookInstance casebook) {
        return new Browser(casebook.baseUrl());
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the sign-in form, as the user of that role in {@link CasebookInstance}. */
    public Browser signInAs(String user) {
        open("/sign-in");
        type("username", user);
        type("password", CasebookInstance.PASSWORD);
        return click(By.cssSelector("form.usa-form button[type=submit]"));
    }

    public Browser type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Sets a field the way its own control would ({@code "2026-12-05T09:30"} in a date and time field, whose keys
     * differ by locale), as if chosen there.
     */
    public Browser choose(String fieldId, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(fieldId)), value);
        return this;
    }

    /**
     * Ticks or unticks a box, or picks a radio button, by the input's id, the way a person does: on its label (the
     * USWDS input itself is drawn by its label, out of sight).
     */
    public Browser tick(String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
        return this;
    }

    /** Whether the box or radio button with that id is ticked. */
    public boolean ticked(String inputId) {
        return driver.findElement(By.id(inputId)).isSelected();
    }

    /** Chooses the option a person reads ({@code "Sudan"}) in the select with that id. */
    public Browser select(String selectId, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
        return this;
    }

    /**
     * Clicks a link or a button that loads a page, and waits until the page it left is gone: what is read next is
     * read from the new page, never from the old one still on screen (console clicks all load a page).
     */
    public Browser click(By element) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        driver.findElement(element).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(leaving));
        return this;
    }

    /**
     * Whether a page's element is gone. Chromium answers for an element of a page it has left either "stale" or, when
     * asked mid-navigation, "does not belong to the document": both mean gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /** Puts the keyboard's focus on the element, as Tab would. */
    public Browser focus(By element) {
        driver.executeScript("arguments[0].focus()", driver.findElement(element));
        return this;
    }

    /**
     * Where every link on the page leads, and where each of its forms that only read (method GET) leads when sent as
     * offered, as whole addresses; not files to download.
     */
    public List<String> hrefs() {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll('a[href]:not([download])'), a => a.href).concat(
                    Array.from(document.querySelectorAll('form[method=get]'),
                               f => f.action + '?' + new URLSearchParams(new FormData(f))))""");
        return hrefs;
    }

    /** The path (and query) of an address of this Casebook, or null for an address elsewhere. */
    public String local(String address) {
        return address.startsWith(baseUrl + "/") ? address.substring(baseUrl.length()) : null;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String title() {
        return driver.getTitle();
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    public List<String> texts(By elements) {
        return driver.findElements(elements).stream().map(WebElement::getText).toList();
    }

    /** What a form field holds, hidden ones included. */
    public String value(By field) {
        return driver.findElement(field).getDomProperty("value");
    }

    /** Where a link leads, as a whole address. */
    public String href(By link) {
        return driver.findElement(link).getDomProperty("href");
    }

    public org.openqa.selenium.Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /**
     * Sends form fields to {@code path} in this browser's session, as a browser that sends a form again would (a
     * double click, a retried request), and answers without following a redirect.
     */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws java.io.IOException,
            InterruptedException {
        String form = fields.entrySet().stream()
                            .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                           .header("Cookie", "CASEBOOK_SESSION=" + cookie("CASEBOOK_SESSION").getValue())
                           .header("Content-Type", "application/x-www-form-urlencoded")
                           .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A GET of an address (a whole one, as {@link #href} gives it) in this browser's session, as a download of a
     * file is, not following a redirect: what a link serves, to compare byte for byte.
     */
    public HttpResponse<byte[]> get(String url) throws java.io.IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(url))
                           .header("Cookie", "CASEBOOK_SESSION=" + cookie("CASEBOOK_SESSION").getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public String source() {
        return driver.getPageSource();
    }

    /** Waits, for at most ten seconds, until the page shows the element (a page replaced meanwhile is read again). */
    public WebElement await(By element) {
        return await(element, Duration.ofSeconds(10));
    }

    /** Waits, for at most {@code timeout}, until the page shows the element (a page that changes by itself, say). */
    public WebElement await(By element, Duration timeout) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(element).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Keeps a screenshot of the page as {@code <name>.png}, when screenshots were asked for. */
    public Browser shoot(String name) {
        String folder = System.getProperty("casebook.test.screenshots");
        if (folder != null && !folder.isBlank()) {
            try {
                Files.createDirectories(Path.of(folder));
                // the whole page, not only the window: a form's end and its errors are what need looking at
                Dimension window = driver.manage().window().getSize();
                Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
                driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 140, 6000)));
                Files.write(Path.of(folder, name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                driver.manage().window().setSize(window);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Keeps a screenshot of the page as it prints ({@code @media print}), as {@code <name>.png}, when asked for. */
    public Browser shootPrinted(String name) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            return shoot(name);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    /** Whether the element is shown when the page is printed. */
    public boolean printed(By element) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            return driver.findElements(element).stream().anyMatch(WebElement::isDisplayed);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    /**
     * What axe-core finds wrong on the page that is serious or critical for people with disabilities (WCAG 2.1 A and
     * AA and axe's best practices): one line per element, with the rule, what to fix, where and the element itself.
     */
    public List<String> accessibilityViolations() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            if (!Files.isReadable(AXE)) {
                throw new IllegalStateException("accessibility checks need axe-core, which the console's build "
                        + "installs with npm (./mvnw -o verify -pl server -am), or -Dcasebook.test.axe=<axe.min.js>");
            }
            try {
                driver.executeScript(Files.readString(AXE));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeAsyncScript(AXE_RUN);
        return violations;
    }

    /** Presses these keys on whatever has the focus, as a person at the keyboard does (no mouse). */
    public Browser press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses Shift+Tab: the focus goes back one element. */
    public Browser pressShiftTab() {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.SHIFT)
                .sendKeys(org.openqa.selenium.Keys.TAB).keyUp(org.openqa.selenium.Keys.SHIFT).perform();
        return this;
    }

    /** Presses Tab until the focused element matches {@code element}, at most {@code most} times; fails otherwise. */
    public WebElement tabTo(By element, int most) {
        if (driver.findElements(element).contains(focused())) {
            return focused();
        }
        for (int i = 0; i < most; i++) {
            press(org.openqa.selenium.Keys.TAB);
            WebElement focused = focused();
            if (driver.findElements(element).contains(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab pressed " + most + " times never reached " + element + " on " + path());
    }

    /** The element that has the keyboard's focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Whether the focused element is drawn with a visible focus outline (its computed outline, not the mouse's). */
    public boolean focusVisible() {
        Object shown = driver.executeScript("""
                const style = getComputedStyle(document.activeElement);
                return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;""");
        return Boolean.TRUE.equals(shown);
    }

    /** Presses Enter (or these keys) on the focused element and waits until the page it left is gone. */
    public Browser pressAndLeave(CharSequence... keys) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        press(keys);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(leaving));
        return this;
    }

    /** Makes the window this wide (a tablet is 768 pixels), as tall as it was. */
    public Browser width(int pixels) {
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(pixels, window.getHeight()));
        return this;
    }

    /** Whether the page is wider than the window: a page a person must scroll sideways to read. */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
