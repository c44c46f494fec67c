package io.pyrotorrent.adapter.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;

/** An HTTP answer, with shortcuts to its JSON and its error object. */
record Reply(int status, HttpHeaders headers, String body) {
    JsonNode json() {
        try {
            return TestApi.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    String errorCode() {
        return json().at("/error/code").asText();
    }

    String errorMessage() {
        return json().at("/error/message").asText();
    }

    String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }
}
