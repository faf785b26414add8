#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "app/deadline_reminders.hpp"
#include "app/demo_seed.hpp"
#include "app/page_views.hpp"
#include "cli/commands.hpp"
#include "cli/demo_loader.hpp"
#include "cli/integration_workers.hpp"
#include "cli/log_account_notifier.hpp"
#include "cli/periodic_worker.hpp"
#include "cli/runtime.hpp"
#include "cli/server_log.hpp"
#include "core/text.hpp"
#include "store/postgres/pg_change_feed.hpp"
#include "web/http/server.hpp"
#include "web/quick_answers.hpp"
#include "web/routes.hpp"

namespace motcua::cli {
namespace {

constexpr const char* kHelp = R"(Usage: motcua serve [options]
Serves the citizen portal, the back office and the JSON API.
  --data DIR        SQLite database, uploaded files and keys (default: var)
  --db URL          use PostgreSQL instead (postgresql://user@host:port/db)
  --file-store KIND  where uploaded files are kept: disk (default, DIR/files, a folder every
                    node must share) or database (in the PostgreSQL database, with --db)
  --port N          TCP port (default 8080; 0 picks a free one and logs it)
  --bind ADDR       address to listen on (default 127.0.0.1)
  --demo            load the demo province before serving (idempotent)
  --theme DIR       a province's theme folder: identity, colours, logo, texts, templates
                    (default with --demo: themes/minh-an; see themes/README.md)
  --emc-site-id ID  EMC monitoring site id (Circular 21/2023 Art 10), over the theme's
  --workers N       worker threads for store and PDF work (default: eight per core)
  --io-threads N    threads reading requests and writing answers, kept pages included
                    (default: one per core)
  --hash-threads N  threads hashing passwords (default: a quarter of the workers, at most half
                    the cores, at least 1)
  --hash-queue N    sign-ins that may wait for a hashing thread before the next gets 503
                    (default: as many as hashing threads, leaving most workers for pages)
  --login-rate N    sign-in attempts per client address and minute (default 10; 0 = no limit)
  --write-rate N    POST/PUT/PATCH/DELETE requests per client address and minute (default 120;
                    0 = no limit). Both limits are kept by each server process on its own.
  --trusted-proxy-header NAME  X-Forwarded-For or X-Real-IP: the client address behind a reverse
                    proxy, believed only from --trusted-proxies (default: off, the TCP peer)
  --trusted-proxies LIST  comma-separated addresses of those proxies (e.g. 127.0.0.1)
  --max-connections N  open connections the server holds at most (default 1024); more wait
                    in the listen queue. Each idle one costs about 12 KiB; raise the open-files
                    limit (ulimit -n, LimitNOFILE) with it
  --max-connections-per-address N  open connections one client address may hold; more are
                    answered 429 and closed (default 64; 0: no limit). Behind a reverse proxy
                    every client shares its address: raise it or set 0
  --header-timeout S  seconds a request's headers may take to arrive (default 10); a client
                    still sending them then gets 408
  --secure-cookies  mark cookies Secure (behind TLS)
  --resources DIR   templates, i18n, static and data folders
  --national-portal URL  citizens file on the national portal: "Nộp hồ sơ" leads to URL, with
                    {code} replaced by the procedure code (requirements §13.6)
  --public-url URL  the portal's public address for the sitemap, links and QR codes
                    (default: http://BIND:PORT)
  --max-drafts-per-account N   open drafts one account may keep (default 50; 0: no limit)
  --max-bytes-per-account N    bytes of files in one account's drafts (default 524288000,
                    500 MiB; 0: no limit)
  --reminder-interval S  seconds between passes that remind officials of nearly due and overdue
                    work (default 300)
  --page-cache-ms N  how long a page as anonymous visitors see it, and a signed-in caller's
                    list of dossiers, dossier page or work queue as their session saw it, is
                    served without rendering it again (default 5000; 0: render every time).
                    A change made through this node shows at once; through another node on the
                    same PostgreSQL database, within a tenth of a second (LISTEN/NOTIFY); a
                    background pass's change or a deadline passing, within N ms
  --limits on|off   quotas, rate limits and connection caps (default on; off for load tests and
                    benchmarks only: the server warns)
  --password-max-age-days N  officials' and administrators' passwords expire after N days
                    (default 90, at most 90 by requirements §8; 0: never)
  --applicant-password-max-age-days N  the same for citizens and businesses (default 0: never)
)";

// The province's code in the theme's identity (EMC's LOCATION), "" when it gives none.
std::string province_code(const std::string& province_json) {
  const auto province = nlohmann::json::parse(province_json, nullptr, false);
  if (!province.is_object() || !province.contains("code") || !province["code"].is_string())
    return "";
  return province["code"].get<std::string>();
}

void print_demo_banner(unsigned short port, const std::string& bind) {
  std::cout << "\nmotcua: http://" << bind << ":" << port << "/\n"
            << "Demo accounts (password " << app::kDemoPassword << "):\n";
  for (const auto& account : app::demo_accounts()) {
    std::cout << "  " << account.username << "  (" << core::role_name(account.role) << ")\n";
  }
  std::cout << std::flush;
}

// The compiled assets (CSS, fonts, icons) sit in static/ beside the executable: CMake writes them
// there in a build tree, and an installation copies them along with the binary.
std::string compiled_static_dir() {
  std::error_code error;
  const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return "static";
  return (executable.parent_path() / "static").string();
}

unsigned cores() { return std::max(2U, std::thread::hardware_concurrency()); }

// A worker waits on the database and the disk for much of a request (a submission's statements,
// commits and file flushes): with two per core a 2-core server on PostgreSQL idled at 17 % while
// filing 331 dossiers a second; with four per core it filed 426. The public lookups wait for their
// combined statement (store/sql/combined_reads.hpp) holding no connection: with eight per core a
// 2-core server on PostgreSQL served a third more of them (17,000 pages a second against 12,800,
// in turns), the same on SQLite.
std::size_t worker_threads(const Arguments& args) {
  return std::stoul(args.value_or("workers", std::to_string(cores() * 8)));
}

// Hashing and waiting together stay below the worker count, so workers remain for pages; hashing
// is all CPU, so at most half the cores hash at once.
HashingLimits hashing_limits(const Arguments& args) {
  const auto threads =
      std::max<std::size_t>(1, std::min<std::size_t>(worker_threads(args) / 4, cores() / 2));
  HashingLimits limits;
  limits.threads = std::stoul(args.value_or("hash-threads", std::to_string(threads)));
  limits.queue = std::stoul(args.value_or("hash-queue", std::to_string(limits.threads)));
  return limits;
}

web::ProxyTrust proxy_trust(const Arguments& args) {
  web::ProxyTrust trust;
  trust.header = core::trim(args.value_or("trusted-proxy-header", ""));
  std::transform(trust.header.begin(), trust.header.end(), trust.header.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (!trust.header.empty() && trust.header != "x-forwarded-for" && trust.header != "x-real-ip")
    throw std::invalid_argument("--trusted-proxy-header: X-Forwarded-For or X-Real-IP");
  std::stringstream list(args.value_or("trusted-proxies", ""));
  for (std::string address; std::getline(list, address, ',');) {
    if (!core::trim(address).empty()) trust.proxies.push_back(core::trim(address));
  }
  if (!trust.header.empty() && trust.proxies.empty())
    throw std::invalid_argument("--trusted-proxy-header needs --trusted-proxies");
  return trust;
}

// API.md: `--limits off` lifts every quota and rate limit, for load tests and benchmarks.
bool limits_off(const Arguments& args) {
  const auto value = args.value_or("limits", "on");
  if (value != "on" && value != "off") throw std::invalid_argument("--limits: on or off");
  return value == "off";
}

web::ServerOptions server_options(const Arguments& args, const std::string& resources) {
  web::ServerOptions options;
  options.address = args.value_or("bind", "127.0.0.1");
  options.port = static_cast<unsigned short>(std::stoi(args.value_or("port", "8080")));
  options.worker_threads = worker_threads(args);
  options.io_threads = std::clamp<std::size_t>(
      std::stoul(args.value_or("io-threads", std::to_string(options.io_threads))), 1, 256);
  options.static_overlays = {compiled_static_dir()};
  options.static_dir = resources + "/static";
  // One file per upload request: the per-file limit plus room for the multipart envelope.
  options.max_body_bytes =
      static_cast<std::size_t>(app::Policy{}.max_file_bytes) + std::size_t{1024} * 1024;
  options.max_connections =
      std::stoul(args.value_or("max-connections", std::to_string(options.max_connections)));
  options.max_connections_per_address = std::stoul(args.value_or(
      "max-connections-per-address", std::to_string(options.max_connections_per_address)));
  if (args.has("header-timeout")) {
    options.header_timeout = std::chrono::seconds(std::stoul(args.value_or("header-timeout", "")));
  }
  // Every client behind a reverse proxy arrives from its address: the cap would refuse them.
  options.uncapped_addresses = proxy_trust(args).proxies;
  if (limits_off(args)) options.max_connections_per_address = 0;
  return options;
}

// --theme, or the demo province's theme with --demo, or none (the stock look).
views::Theme load_theme(const Arguments& args, const std::string& resources) {
  const auto dir = args.value_or("theme", args.has("demo") ? resources + "/themes/minh-an" : "");
  auto theme = views::load_theme(dir);
  for (const auto& warning : theme.warnings) spdlog::warn("{}", warning);
  if (!theme.dir.empty()) spdlog::info("theme: {}", theme.dir);
  return theme;
}

void apply_theme(const Arguments& args, const views::Theme& theme, web::WebConfig& config) {
  config.theme = theme;
  config.province_json = theme.identity_json;
  config.emc_site_id = args.value_or("emc-site-id", theme.emc_site_id);
  if (!theme.emc_tracker_url.empty()) config.emc_tracker_url = theme.emc_tracker_url;
  if (!theme.emc_script_url.empty()) config.emc_script_url = theme.emc_script_url;
}

// the authority heading the printed forms: the province's People's Committee.
std::string authority_name(const std::string& province_json) {
  const auto province = nlohmann::json::parse(province_json, nullptr, false);
  if (!province.is_object() || !province.contains("name") || !province["name"].is_string())
    return "";
  return "UBND " + province["name"].get<std::string>();
}

constexpr long long kReminderIntervalSeconds = 300;
constexpr std::size_t kBackgroundConnections = 8;
// Kept pages may lag a change not announced to this node (a background pass's) by this long.
constexpr long long kPageCacheMilliseconds = 5000;
constexpr std::size_t kPageCacheBytes = std::size_t{64} * 1024 * 1024;
// A sign-out through another node whose announcement is lost still applies within this.
constexpr std::chrono::milliseconds kSessionMemo{1000};
constexpr std::size_t kSessionMemoSize = 20000;

// Nodes sharing a PostgreSQL database tell each other to drop their cached pages.
std::unique_ptr<store::postgres::PgChangeFeed> change_feed(const Arguments& args,
                                                           web::WebContext& context) {
  if (context.page_cache == nullptr || args.value_or("db", "").empty()) return nullptr;
  auto feed = std::make_unique<store::postgres::PgChangeFeed>(
      *args.value("db"), [&context] { web::forget_everything_kept(context); });
  context.change_feed = feed.get();
  return feed;
}

// A whole, non-negative number for a limit option; anything else is a usage error.
long long limit_option(const Arguments& args, const std::string& name, long long fallback) {
  const auto text = args.value(name);
  if (!text) return fallback;
  std::size_t used = 0;
  long long value = -1;
  try {
    value = std::stoll(*text, &used);
  } catch (const std::logic_error&) {
  }
  if (used != text->size() || value < 0)
    throw std::invalid_argument("--" + name + " needs a whole number (0: no limit)");
  return value;
}

// The per-account quotas of the options, read before anything is opened so a typo stops early.
app::Policy quotas_of(const Arguments& args) {
  app::Policy policy;
  if (limits_off(args)) {
    policy.max_drafts_per_account = 0;
    policy.max_bytes_per_account = 0;
    return policy;
  }
  policy.max_drafts_per_account =
      limit_option(args, "max-drafts-per-account", policy.max_drafts_per_account);
  policy.max_bytes_per_account =
      limit_option(args, "max-bytes-per-account", policy.max_bytes_per_account);
  return policy;
}

// Requirements §8: password age by role, from the two flags.
void apply_password_ages(const Arguments& args, app::Policy& policy) {
  const auto staff = static_cast<int>(limit_option(args, "password-max-age-days", 90));
  const auto applicants =
      static_cast<int>(limit_option(args, "applicant-password-max-age-days", 0));
  for (auto& [role, max_age] : policy.password_max_age_days)
    max_age = core::is_official(role) ? staff : applicants;
}

}  // namespace

int serve_command(const std::vector<std::string>& words) {
  auto options = store_options();
  options.insert({"port",
                  "bind",
                  "theme",
                  "emc-site-id",
                  "workers",
                  "io-threads",
                  "national-portal",
                  "public-url",
                  "hash-threads",
                  "hash-queue",
                  "login-rate",
                  "write-rate",
                  "trusted-proxy-header",
                  "trusted-proxies",
                  "max-drafts-per-account",
                  "max-bytes-per-account",
                  "max-connections",
                  "max-connections-per-address",
                  "header-timeout",
                  "limits",
                  "reminder-interval",
                  "page-cache-ms"});
  options.insert({"password-max-age-days", "applicant-password-max-age-days"});
  options.insert(integration_options().begin(), integration_options().end());
  Arguments args(words, options, {"demo", "help", "secure-cookies"});
  if (args.has("help")) {
    std::cout << kHelp << kIntegrationHelp;
    return 0;
  }
  const auto quotas = quotas_of(args);
  const ServerLog log;
  const auto resources = resource_dir(args);
  // Every worker may hold a connection, and so may each background pass (deliveries, intake,
  // reconciliation, catalog sync, seals, reminders), so no request waits for the pool.
  auto runtime =
      open_runtime(args, hashing_limits(args), worker_threads(args) + kBackgroundConnections);
  runtime.services->policy.demo = args.has("demo");
  apply_password_ages(args, runtime.services->policy);
  const LogAccountNotifier account_notifier(runtime.services->policy);
  runtime.services->account_notifier = &account_notifier;
  runtime.services->policy.national_portal_url = args.value_or("national-portal", "");
  runtime.services->policy.max_drafts_per_account = quotas.max_drafts_per_account;
  runtime.services->policy.max_bytes_per_account = quotas.max_bytes_per_account;
  if (args.has("demo")) {
    const auto summary = load_demo(*runtime.services, resources);
    if (const int keys = issue_missing_keys(runtime))
      spdlog::info("issued {} unit signing keys", keys);
    spdlog::info("demo province: {} units, {} procedures, {} new accounts", summary.units,
                 summary.procedures, summary.accounts_created);
  }
  const auto translations = views::Translations::load(resources + "/i18n");
  const auto theme = load_theme(args, resources);
  const views::Renderer renderer(resources + "/templates", theme.templates_dir(), translations);
  app::PageViews page_views(*runtime.services, std::chrono::seconds(30));
  web::WebContext context{*runtime.services, translations, renderer, {}, &page_views};
  apply_theme(args, theme, context.config);
  context.config.secure_cookies = args.has("secure-cookies");
  context.config.public_base_url = args.value_or("public-url", "");
  runtime.services->policy.public_url = context.config.public_base_url;  // form 01's QR
  runtime.services->policy.authority_name = authority_name(context.config.province_json);
  context.config.openapi_path = resources + "/src/web/api/openapi.json";
  context.config.proxy_trust = proxy_trust(args);
  const bool unlimited = limits_off(args);
  if (unlimited) spdlog::warn("--limits off: no quota, rate limit or connection cap applies");
  web::RateLimiter login_rate(unlimited ? 0 : std::stoi(args.value_or("login-rate", "10")));
  web::RateLimiter write_rate(unlimited ? 0 : std::stoi(args.value_or("write-rate", "120")));
  context.limits = {&login_rate, &write_rate};
  const auto page_cache_ms = limit_option(args, "page-cache-ms", kPageCacheMilliseconds);
  web::PageCache page_cache(std::chrono::milliseconds(page_cache_ms), kPageCacheBytes);
  web::SessionMemo sessions(std::min(kSessionMemo, std::chrono::milliseconds(page_cache_ms)),
                            kSessionMemoSize,
                            [&runtime] { return runtime.store->account_writes(); });
  if (page_cache_ms > 0) {
    context.page_cache = &page_cache;
    context.sessions = &sessions;
  }
  const auto feed = change_feed(args, context);

  web::HttpServer server(server_options(args, resources), web::make_application(context),
                         web::make_quick_answers(context));
  const auto bind = args.value_or("bind", "127.0.0.1");
  server.on_listening([&](unsigned short port) {
    spdlog::info("listening on http://{}:{}/", bind, port);
    // Without --public-url, the QR code of form 01, the sitemap and canonical links point at the
    // address served here; a request's Host header is never trusted for them.
    if (context.config.public_base_url.empty()) {
      context.config.public_base_url = "http://" + bind + ":" + std::to_string(port);
      runtime.services->policy.public_url = context.config.public_base_url;
    }
    ServerLog::flush();  // before the banner, and for whoever waits for that line
    if (args.has("demo")) print_demo_banner(port, bind);
  });
  runtime.services->policy.emc_site_id = context.config.emc_site_id;
  runtime.services->policy.province_code = province_code(context.config.province_json);
  const IntegrationWorkers integrations(args, *runtime.services, translations);
  const PeriodicWorker reminders(
      "deadline reminders",
      std::chrono::seconds(
          std::max(1LL, limit_option(args, "reminder-interval", kReminderIntervalSeconds))),
      [&] { app::DeadlineReminders(*runtime.services).run(); });
  server.run();
  if (!page_views.flush()) spdlog::warn("page views: the last counts could not be written");
  spdlog::info("stopped");
  return 0;
}

}  // namespace motcua::cli
