package io.pyrotorrent.adapter.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;

/** An HTTP answer, with shortcuts to its JSON and its error object. */
public record Reply(int status, HttpHeaders headers, String body) {
    public JsonNode json() {
        try {
            return TestApi.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    public String errorCode() {
        return json().at("/error/code").asText();
    }

    public String errorMessage() {
        return json().at("/error/message").asText();
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }
}
