package io.pyrotorrent.it.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A viewport applied in place through the DevTools Emulation domain (size, pixel ratio, touch,
 * user agent): the current page re-lays out, later navigations keep it, and a new user agent
 * reaches the server with the next request.
 */
final class DeviceEmulation {

    private final ChromeDriver driver;
    private final String defaultUserAgent;

    DeviceEmulation(ChromeDriver driver) {
        this.driver = driver;
        this.defaultUserAgent = (String) driver.executeScript("return navigator.userAgent");
    }

    void apply(Viewport wanted) {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width", wanted.width(),
                        "height", wanted.height(),
                        "screenWidth", wanted.width(),
                        "screenHeight", wanted.height(),
                        "deviceScaleFactor", wanted.deviceScaleFactor(),
                        "mobile", wanted.mobile()));
        cdp(
                "Emulation.setTouchEmulationEnabled",
                wanted.mobile() ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
        cdp(
                "Emulation.setUserAgentOverride",
                Map.of("userAgent", wanted.userAgent().orElse(wanted.mobile() ? mobileUserAgent() : defaultUserAgent)));
    }

    /** Chrome on an Android phone, of this Chromium's major version (as Chrome reports it). */
    private String mobileUserAgent() {
        String major = driver.getCapabilities().getBrowserVersion().split("\\.")[0];
        return "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
                + ".0.0.0 Mobile Safari/537.36";
    }

    private void cdp(String command, Map<String, Object> params) {
        driver.executeCdpCommand(command, new LinkedHashMap<>(params));
    }
}
