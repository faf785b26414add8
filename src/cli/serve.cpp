#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>
#include <thread>

#include "app/demo_seed.hpp"
#include "cli/commands.hpp"
#include "cli/demo_loader.hpp"
#include "cli/runtime.hpp"
#include "web/http/server.hpp"
#include "web/routes.hpp"

namespace motcua::cli {
namespace {

constexpr const char* kHelp = R"(Usage: motcua serve [options]
Serves the citizen portal, the back office and the JSON API.
  --data DIR        SQLite database, uploaded files and keys (default: var)
  --db URL          use PostgreSQL instead (postgresql://user@host:port/db)
  --port N          TCP port (default 8080; 0 picks a free one and logs it)
  --bind ADDR       address to listen on (default 127.0.0.1)
  --demo            load the demo province before serving (idempotent)
  --theme DIR       a province's theme folder overriding templates
  --workers N       worker threads for store, hashing and PDF work
  --secure-cookies  mark cookies Secure (behind TLS)
  --resources DIR   templates, i18n, static and data folders
)";

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

web::ServerOptions server_options(const Arguments& args, const std::string& resources) {
  web::ServerOptions options;
  options.address = args.value_or("bind", "127.0.0.1");
  options.port = static_cast<unsigned short>(std::stoi(args.value_or("port", "8080")));
  const unsigned cores = std::max(2U, std::thread::hardware_concurrency());
  options.worker_threads = std::stoul(args.value_or("workers", std::to_string(cores * 2)));
  options.static_overlays = {compiled_static_dir()};
  options.static_dir = resources + "/static";
  // One file per upload request: the per-file limit plus room for the multipart envelope.
  options.max_body_bytes = static_cast<std::size_t>(app::Policy{}.max_file_bytes) + 1024 * 1024;
  return options;
}

}  // namespace

int serve_command(const std::vector<std::string>& words) {
  auto options = store_options();
  options.insert({"port", "bind", "theme", "workers"});
  Arguments args(words, options, {"demo", "help", "secure-cookies"});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  const auto resources = resource_dir(args);
  auto runtime = open_runtime(args);
  runtime.services->policy.demo = args.has("demo");
  if (args.has("demo")) {
    const auto summary = load_demo(*runtime.services, resources);
    spdlog::info("demo province: {} units, {} procedures, {} new accounts", summary.units,
                 summary.procedures, summary.accounts_created);
  }
  const auto translations = views::Translations::load(resources + "/i18n");
  const views::Renderer renderer(resources + "/templates", args.value_or("theme", ""), translations);
  web::WebContext context{*runtime.services, translations, renderer, {}};
  context.config.secure_cookies = args.has("secure-cookies");
  context.config.openapi_path = resources + "/src/web/api/openapi.json";
  if (args.has("demo")) context.config.province_json = read_text_file(resources + "/data/demo/province.json");

  web::HttpServer server(server_options(args, resources), web::make_application(context));
  const auto bind = args.value_or("bind", "127.0.0.1");
  server.on_listening([&](unsigned short port) {
    spdlog::info("listening on http://{}:{}/", bind, port);
    if (args.has("demo")) print_demo_banner(port, bind);
  });
  server.run();
  spdlog::info("stopped");
  return 0;
}

}  // namespace motcua::cli
