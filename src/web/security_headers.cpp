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

// The headers for the settings last seen by this thread: every answer carries them, and the
// settings they are made from change only when an administrator changes the theme or the
// analytics. Ours, free of line breaks: added without the scrub a handler's headers get.
const std::vector<std::pair<std::string, std::string>>& kept_defaults(const WebConfig& config) {
  struct Kept {
    std::string emc_site_id, emc_script_url, emc_tracker_url, theme_style_source;
    std::vector<std::pair<std::string, std::string>> headers;
  };
  thread_local Kept kept;
  if (kept.headers.empty() || kept.emc_site_id != config.emc_site_id ||
      kept.emc_script_url != config.emc_script_url ||
      kept.emc_tracker_url != config.emc_tracker_url ||
      kept.theme_style_source != config.theme_style_source) {
    Response defaults;
    defaults.header("content-security-policy", content_security_policy(config));
    defaults.header("x-content-type-options", "nosniff");
    defaults.header("x-frame-options", "DENY");
    defaults.header("referrer-policy", "same-origin");
    defaults.header("permissions-policy", "camera=(), microphone=(), geolocation=()");
    defaults.header("cross-origin-opener-policy", "same-origin");
    defaults.header("cache-control", "no-store");
    kept = {config.emc_site_id, config.emc_script_url, config.emc_tracker_url,
            config.theme_style_source, std::move(defaults.headers)};
  }
  return kept.headers;
}

}  // namespace

void add_security_headers(const WebConfig& config, Response& response) {
  const auto& defaults = kept_defaults(config);
  response.headers.reserve(response.headers.size() + defaults.size());
  for (const auto& header : defaults) {
    if (!response.has_header(header.first)) response.headers.push_back(header);
  }
}

}  // namespace motcua::web
