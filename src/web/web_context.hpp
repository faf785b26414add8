#pragma once
#include <string>

#include "app/page_views.hpp"
#include "app/ports/change_feed.hpp"
#include "app/services.hpp"
#include "views/i18n.hpp"
#include "views/renderer.hpp"
#include "views/theme.hpp"
#include "web/client_address.hpp"
#include "web/page_cache.hpp"
#include "web/rate_limiter.hpp"
#include "web/session_memo.hpp"

namespace motcua::web {

struct WebConfig {
  bool secure_cookies = false;  // set behind TLS: cookies get the Secure attribute
  std::string emc_site_id;      // EMC tracking (Circular 21/2023 Art 10), empty = off
  std::string emc_tracker_url = "https://f-emc.ngsp.gov.vn/tracking";
  std::string emc_script_url = "https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js";
  std::string openapi_path;        // the OpenAPI document served at /api/openapi.json
  std::string province_json;       // portal identity: name, owner agency, address, hotline, email
  views::Theme theme;              // the province's theme folder (colours, logo, texts)
  std::string theme_style;         // its colours, inlined in each page's head (theme_css.cpp)
  std::string theme_style_source;  // the CSP source allowing that inline style
  std::string public_base_url;     // absolute links (sitemap, canonical); empty = from Host
  ProxyTrust proxy_trust;          // whose X-Forwarded-For / X-Real-IP names the client
};

// Per client address and minute; absent (no limit) in tools and some tests.
struct RateLimits {
  RateLimiter* logins = nullptr;  // sign-in attempts, API and portal
  RateLimiter* writes = nullptr;  // POST, PUT, PATCH and DELETE requests
};

// What every handler needs: the use cases' ports, the views and the deployment settings.
struct WebContext {
  app::Services& services;
  const views::Translations& translations;
  const views::Renderer& renderer;
  WebConfig config;
  app::PageViews* page_views = nullptr;  // P22 statistics; none in tools and some tests
  RateLimits limits;
  PageCache* page_cache = nullptr;         // kept pages; none: every page rendered
  SessionMemo* sessions = nullptr;         // sessions verified a moment ago; none: always asked
  app::ChangeFeed* change_feed = nullptr;  // other nodes' caches; none on a single node
};

// Forgets every kept page of this node: something they show may have changed. Verified sessions
// follow the store's own count of account writes (web/session_memo).
void forget_kept(WebContext& context);
// Forgets the kept pages and the verified sessions: another node changed something, perhaps an
// account.
void forget_everything_kept(WebContext& context);

}  // namespace motcua::web
