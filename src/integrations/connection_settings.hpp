#pragma once
// Where each national system is and how motcua proves itself to it. Secrets come from a file or
// the environment named in the settings file, never from the database.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace motcua::integrations {

struct Endpoint {
  std::string url;        // the system's base URL, no trailing slash
  std::string secret;     // shared secret of MaXacThuc, or the OIDC client secret
  std::string client_id;  // MaDoiTac at PayGov, client_id at VNeID
  std::chrono::milliseconds timeout{10000};
};

struct ConnectionSettings {
  std::map<std::string, Endpoint> systems;  // dvcqg, vneid, paygov, vnpost, esign, emc, sms, email

  const Endpoint* find(const std::string& system) const;

  // Every system at `<url>/<system>`, with the simulator's credentials.
  static ConnectionSettings simulator(const std::string& url);
  // A JSON file: {"systems": {"paygov": {"url", "client_id", "secret_env" | "secret_file",
  // "timeout_ms"}, …}}. Throws std::runtime_error naming what is wrong.
  static ConnectionSettings load(const std::string& path);
};

// The systems motcua knows, in the order the admin page lists them.
const std::vector<std::string>& known_systems();

inline constexpr const char* kSimulatorSecret = "motcua-sim-secret";
inline constexpr const char* kSimulatorClientId = "motcua";

}  // namespace motcua::integrations
