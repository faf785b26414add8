// Every route the server registers under /api/ (and /healthz) is described in the OpenAPI
// document with its method: integrators generate clients from it, so a missing route is a bug.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/runtime.hpp"
#include "test_paths.hpp"
#include "views/i18n.hpp"
#include "views/renderer.hpp"
#include "web/routes.hpp"

namespace motcua::test {
namespace {

namespace fs = std::filesystem;

nlohmann::json openapi_document() {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/src/web/api/openapi.json");
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

bool documented(const std::string& pattern) {
  return (pattern.starts_with("/api/") && pattern != "/api/openapi.json") || pattern == "/healthz";
}

std::string lower_method(web::Method method) {
  std::string name(web::method_name(method));
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

TEST(OpenApiRoutes, EveryApiRouteIsInTheDocument) {
  const auto data = fs::temp_directory_path() / ("motcua-routes-" + std::to_string(::getpid()));
  const std::string resources = MOTCUA_SOURCE_DIR;
  const cli::Arguments args({"--data", data.string(), "--resources", resources},
                            cli::store_options(), {});
  auto runtime = cli::open_runtime(args);
  const auto translations = views::Translations::load(resources + "/i18n");
  const views::Renderer renderer(resources + "/templates", "", translations);
  web::WebContext context{*runtime.services, translations, renderer, {}, nullptr};
  context.config.openapi_path = resources + "/src/web/api/openapi.json";
  const auto routes = web::build_router(context)->routes();

  const auto paths = openapi_document().at("paths");
  std::vector<std::string> missing;
  int checked = 0;
  for (const auto& [method, pattern] : routes) {
    if (!documented(pattern)) continue;
    ++checked;
    const auto name = lower_method(method);
    if (!paths.contains(pattern) || !paths.at(pattern).contains(name))
      missing.push_back(name + " " + pattern);
  }
  runtime = {};
  fs::remove_all(data);
  EXPECT_GT(checked, 30);
  EXPECT_TRUE(missing.empty()) << nlohmann::json(missing).dump(1);
}

}  // namespace
}  // namespace motcua::test
