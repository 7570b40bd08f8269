package vn.treem.gateway.devtokens;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An issued token, in the shape of an OAuth 2.0 token response (RFC 6749 §5.1). */
@Schema(name = "DevToken")
public record DevToken(
        @JsonProperty("access_token") @Schema(description = "Signed JWT (RS256) with claims iss, sub, groups, unit, iat, exp", example = "eyJhbGciOiJSUzI1NiJ9...") String accessToken,
        @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(description = "Seconds until the token expires", example = "3600") long expiresIn) {
}
