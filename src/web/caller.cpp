#include "web/caller.hpp"

#include <sodium.h>

namespace motcua::web {
namespace {

std::optional<std::string> bearer_token(const Request& request) {
  auto header = request.header("authorization");
  constexpr std::string_view kPrefix = "Bearer ";
  if (!header || header->size() <= kPrefix.size() ||
      header->compare(0, kPrefix.size(), kPrefix) != 0)
    return std::nullopt;
  return header->substr(kPrefix.size());
}

}  // namespace

std::string request_language(const Request& request) {
  if (auto lang = request.query_param("lang"))
    return views::Translations::normalize_language(*lang);
  if (auto lang = request.cookie(kLanguageCookie))
    return views::Translations::normalize_language(*lang);
  // Pages are Vietnamese until the visitor picks English (the portal's language is Vietnamese,
  // requirements §6); API clients may ask for English messages with Accept-Language.
  const bool api = request.path.rfind("/api/", 0) == 0;
  if (auto accept = request.header("accept-language"); api && accept) {
    if (accept->rfind("en", 0) == 0) return "en";
  }
  return "vi";
}

bool same_token(const std::string& a, const std::string& b) {
  return !a.empty() && a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::optional<std::string> session_token(const Request& request) {
  if (auto token = bearer_token(request)) return token;
  return request.cookie(kSessionCookie);
}

namespace {

std::optional<app::Principal> authenticated(WebContext& context, const std::string& token) {
  app::Accounts accounts(context.services);
  if (context.sessions == nullptr) return accounts.authenticate(token);
  if (auto kept = context.sessions->find(token)) return kept;
  const auto ticket = context.sessions->ticket();
  auto principal = accounts.authenticate(token);
  if (principal) context.sessions->store(token, *principal, ticket);
  return principal;
}

}  // namespace

Caller identify(WebContext& context, const Request& request) {
  Caller caller;
  caller.lang = request_language(request);
  if (auto token = bearer_token(request)) {
    caller.token = *token;
    caller.principal = authenticated(context, *token);
  } else if (auto cookie = request.cookie(kSessionCookie)) {
    caller.token = *cookie;
    caller.via_cookie = true;
    caller.principal = authenticated(context, *cookie);
  }
  return caller;
}

std::string client_address(const WebContext& context, const Request& request) {
  return client_address(context.config.proxy_trust, request);
}

bool csrf_ok(const Caller& caller, const Request& request, const std::string& form_token) {
  if (!caller.via_cookie || !caller.principal) return true;
  const auto& expected = caller.principal->session.csrf_token;
  if (!form_token.empty() && same_token(form_token, expected)) return true;
  auto header = request.header(kCsrfHeader);
  return header && same_token(*header, expected);
}

std::string session_cookie(const WebContext& context, const std::string& token) {
  std::string cookie =
      std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Lax";
  if (context.config.secure_cookies) cookie += "; Secure";
  return cookie;
}

std::string expired_session_cookie(const WebContext& context) {
  std::string cookie = std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0";
  if (context.config.secure_cookies) cookie += "; Secure";
  return cookie;
}

std::string language_cookie(const std::string& lang) {
  return std::string(kLanguageCookie) + "=" + views::Translations::normalize_language(lang) +
         "; Path=/; Max-Age=31536000; SameSite=Lax";
}

}  // namespace motcua::web
