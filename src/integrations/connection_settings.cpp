#include "integrations/connection_settings.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "app/outbox.hpp"

namespace motcua::integrations {
namespace {

std::string trimmed_url(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

std::string read_secret_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("integrations: cannot read secret file " + path);
  std::stringstream text;
  text << in.rdbuf();
  auto secret = text.str();
  while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
  return secret;
}

std::string secret_of(const std::string& system, const nlohmann::json& entry) {
  if (entry.contains("secret_env")) {
    const auto name = entry["secret_env"].get<std::string>();
    const char* value = std::getenv(name.c_str());
    if (value == nullptr)
      throw std::runtime_error("integrations: " + system + ": $" + name + " is not set");
    return value;
  }
  if (entry.contains("secret_file"))
    return read_secret_file(entry["secret_file"].get<std::string>());
  if (entry.contains("secret"))
    throw std::runtime_error("integrations: " + system +
                             ": give the secret by secret_env or secret_file, not in clear");
  return "";
}

Endpoint endpoint_of(const std::string& system, const nlohmann::json& entry) {
  if (!entry.is_object() || !entry.contains("url") || !entry["url"].is_string())
    throw std::runtime_error("integrations: " + system + " needs a url");
  Endpoint endpoint;
  endpoint.url = trimmed_url(entry["url"].get<std::string>());
  if (endpoint.url.rfind("http://", 0) != 0 && endpoint.url.rfind("https://", 0) != 0)
    throw std::runtime_error("integrations: " + system + ": the url must be http(s)");
  endpoint.secret = secret_of(system, entry);
  endpoint.client_id = entry.value("client_id", "");
  endpoint.timeout = std::chrono::milliseconds(entry.value("timeout_ms", 10000));
  return endpoint;
}

}  // namespace

const std::vector<std::string>& known_systems() { return app::national_systems(); }

const Endpoint* ConnectionSettings::find(const std::string& system) const {
  const auto found = systems.find(system);
  return found == systems.end() ? nullptr : &found->second;
}

ConnectionSettings ConnectionSettings::simulator(const std::string& url) {
  ConnectionSettings settings;
  for (const auto& system : known_systems()) {
    settings.systems[system] = {trimmed_url(url) + "/" + system, kSimulatorSecret,
                                kSimulatorClientId, std::chrono::milliseconds(5000)};
  }
  return settings;
}

ConnectionSettings ConnectionSettings::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("integrations: cannot read " + path);
  const auto document = nlohmann::json::parse(in, nullptr, false);
  if (!document.is_object() || !document.contains("systems") || !document["systems"].is_object())
    throw std::runtime_error("integrations: " + path + " needs a \"systems\" object");
  ConnectionSettings settings;
  for (const auto& [system, entry] : document["systems"].items()) {
    const auto& known = known_systems();
    if (std::find(known.begin(), known.end(), system) == known.end())
      throw std::runtime_error("integrations: unknown system " + system);
    settings.systems[system] = endpoint_of(system, entry);
  }
  return settings;
}

}  // namespace motcua::integrations
