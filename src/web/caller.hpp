#pragma once
// Who is calling: a bearer token (API clients) or the session cookie (browsers), and in which
// language. Cookie-authenticated requests that change state must carry the session's CSRF token.
#include <optional>
#include <string>

#include "app/accounts.hpp"
#include "web/http/message.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

inline constexpr const char* kSessionCookie = "motcua_session";
inline constexpr const char* kLanguageCookie = "motcua_lang";
inline constexpr const char* kCsrfField = "_csrf";
inline constexpr const char* kCsrfHeader = "x-csrf-token";

struct Caller {
  std::optional<app::Principal> principal;
  bool via_cookie = false;
  std::string token;
  std::string lang = "vi";

  bool signed_in() const { return principal.has_value(); }
  const app::User& user() const { return principal->user; }
};

Caller identify(WebContext& context, const Request& request);

// Whether two secret tokens are equal, in time that does not depend on where they differ; an
// empty token equals nothing.
bool same_token(const std::string& a, const std::string& b);

// The session token the request presents (bearer first, then the cookie), unchecked.
std::optional<std::string> session_token(const Request& request);

// The client's address under the deployment's proxy settings (client_address.hpp); every lockout,
// rate limit and audit entry uses this one.
std::string client_address(const WebContext& context, const Request& request);

// For cookie sessions: the token must match (from the form field or the X-CSRF-Token header).
// Bearer-token calls are not exposed to CSRF and pass.
bool csrf_ok(const Caller& caller, const Request& request, const std::string& form_token);

// Set-Cookie values for a new session, for logout, and for the language choice.
std::string session_cookie(const WebContext& context, const std::string& token);
std::string expired_session_cookie(const WebContext& context);
std::string language_cookie(const std::string& lang);

// The request's language: ?lang=, then the cookie, then (API only) Accept-Language, then
// Vietnamese.
std::string request_language(const Request& request);

}  // namespace motcua::web
