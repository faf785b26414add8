#include "web/security_headers.hpp"

namespace motcua::web {
namespace {

std::string origin_of(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  const auto path = url.find('/', scheme + 3);
  return url.substr(0, path);
}

std::string content_security_policy(const WebConfig& config) {
  std::string script = "'self'";
  std::string connect = "'self'";
  if (!config.emc_site_id.empty()) {
    script += " " + origin_of(config.emc_script_url);
    connect += " " + origin_of(config.emc_tracker_url);
  }
  std::string style = "'self'";
  if (!config.theme_style_source.empty()) style += " " + config.theme_style_source;
  return "default-src 'self'; script-src " + script + "; connect-src " + connect +
         "; img-src 'self' data:; style-src " + style +
         "; font-src 'self'; object-src 'none'; "
         "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}

}  // namespace

void add_security_headers(const WebConfig& config, Response& response) {
  auto set_default = [&](const char* name, const std::string& value) {
    if (!response.header_value(name)) response.header(name, value);
  };
  set_default("content-security-policy", content_security_policy(config));
  set_default("x-content-type-options", "nosniff");
  set_default("x-frame-options", "DENY");
  set_default("referrer-policy", "same-origin");
  set_default("permissions-policy", "camera=(), microphone=(), geolocation=()");
  set_default("cross-origin-opener-policy", "same-origin");
  if (!response.header_value("cache-control")) response.header("cache-control", "no-store");
}

}  // namespace motcua::web
