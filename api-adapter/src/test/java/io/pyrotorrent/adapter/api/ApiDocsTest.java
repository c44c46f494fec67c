package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiDocsTest {

    @Test
    void theDocsPage_loadsSwaggerUiAndItsStartScriptFromThisServer_withoutInlineScript() {
        try (var api = TestApi.start()) {
            Reply page = api.get("/api/v1/docs");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self';"));
            assertThat(page.body())
                    .contains("src=\"docs/swagger-ui-bundle.js\"", "src=\"docs/init.js\"")
                    .doesNotContainPattern("<script>|<script [^>]*>[^<]")
                    .doesNotContain("http://", "https://");
        }
    }

    @Test
    void theWebJarsBundle_andTheStartScript_areServed() {
        try (var api = TestApi.start()) {
            Reply bundle = api.get("/api/v1/docs/swagger-ui-bundle.js");
            Reply css = api.get("/api/v1/docs/swagger-ui.css");
            Reply init = api.get("/api/v1/docs/init.js");

            assertThat(bundle.status()).isEqualTo(200);
            assertThat(bundle.body()).contains("SwaggerUIBundle");
            assertThat(css.status()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
            assertThat(init.body()).contains("SwaggerUIBundle(", "openapi.json");
        }
    }

    @Test
    void anyOtherName_underDocs_isAJson404_neverAFileFromTheClasspath() {
        try (var api = TestApi.start()) {
            Reply unknown = api.get("/api/v1/docs/index.html");
            Reply traversal = api.get("/api/v1/docs/..%2F..%2Fopenapi.json");

            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body()).contains("\"error\"");
            assertThat(traversal.status()).isEqualTo(404);
        }
    }

    @Test
    void theDocsPage_needsNoLogin_butTheDocumentItShowsDoes() {
        try (var api = TestApi.start(options -> options.users = java.util.List.of(TestApi.user("alice", "*")))) {
            api.logOut();

            assertThat(api.get("/api/v1/docs").status()).isEqualTo(200);
            assertThat(api.get("/api/v1/openapi.json").status()).isEqualTo(401);
        }
    }
}
