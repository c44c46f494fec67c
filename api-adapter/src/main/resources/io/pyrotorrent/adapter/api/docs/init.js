// Starts Swagger UI on this server's OpenAPI document (a file, not inline: the page's CSP
// allows scripts from this server only). "openapi.json" is relative to api/v1/docs, so it
// follows the base path; requests go out with the browser's session cookie or Basic login.
window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({
    url: new URL("openapi.json", document.baseURI).href,
    dom_id: "#swagger-ui",
    deepLinking: true,
    // The document is ours; nothing is sent to swagger.io's validator.
    validatorUrl: null,
    withCredentials: true,
  });
});
