#include "options.hpp"

#include <charconv>
#include <functional>
#include <map>

#include "integrations/connection_settings.hpp"

namespace motcua::sim {
namespace {

constexpr long long kMaxTimeoutMs = 60000;

template <typename Number>
std::optional<Number> number_of(const std::string& text) {
  Number value{};
  const auto* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || stop != end) return std::nullopt;
  return value;
}

using Setter = std::function<bool(SimOptions&, const std::string&)>;

bool set_port(SimOptions& options, const std::string& text) {
  const auto port = number_of<unsigned>(text);
  if (!port || *port > 65535) return false;
  options.port = static_cast<unsigned short>(*port);
  return true;
}

bool set_fail_rate(SimOptions& options, const std::string& text) {
  const auto rate = number_of<double>(text);
  if (!rate || *rate < 0.0 || *rate > 1.0) return false;
  options.fail_rate = *rate;
  return true;
}

bool set_seed(SimOptions& options, const std::string& text) {
  const auto seed = number_of<std::uint64_t>(text);
  if (seed) options.seed = *seed;
  return seed.has_value();
}

bool set_timeout(SimOptions& options, const std::string& text) {
  const auto milliseconds = number_of<long long>(text);
  if (!milliseconds || *milliseconds < 0 || *milliseconds > kMaxTimeoutMs) return false;
  options.timeout = std::chrono::milliseconds(*milliseconds);
  return true;
}

Setter set_text(std::string SimOptions::*member) {
  return [member](SimOptions& options, const std::string& text) {
    options.*member = text;
    return !text.empty();
  };
}

const std::map<std::string, Setter>& setters() {
  static const std::map<std::string, Setter> table{
      {"--port", set_port},
      {"--bind", set_text(&SimOptions::bind)},
      {"--fail-rate", set_fail_rate},
      {"--seed", set_seed},
      {"--secret", set_text(&SimOptions::secret)},
      {"--client-id", set_text(&SimOptions::client_id)},
      {"--client-secret", set_text(&SimOptions::client_secret)},
      {"--timeout-ms", set_timeout},
  };
  return table;
}

SimOptions defaults() {
  SimOptions options;
  options.secret = integrations::kSimulatorSecret;
  options.client_id = integrations::kSimulatorClientId;
  options.client_secret = integrations::kSimulatorSecret;
  return options;
}

}  // namespace

ParsedArguments parse_arguments(const std::vector<std::string>& arguments) {
  ParsedArguments parsed;
  auto options = defaults();
  bool port_given = false;
  for (std::size_t at = 0; at < arguments.size(); at += 2) {
    const auto& name = arguments[at];
    if (name == "--help" || name == "-h") {
      parsed.help = true;
      return parsed;
    }
    const auto setter = setters().find(name);
    if (setter == setters().end()) {
      parsed.error = "unknown argument: " + name;
      return parsed;
    }
    if (at + 1 >= arguments.size() || !setter->second(options, arguments[at + 1])) {
      parsed.error = "invalid or missing value for " + name;
      return parsed;
    }
    port_given = port_given || name == "--port";
  }
  if (!port_given) {
    parsed.error = "--port is required";
    return parsed;
  }
  parsed.options = options;
  return parsed;
}

std::string usage() {
  return "usage: motcua-sim --port N [--bind 127.0.0.1] [--fail-rate 0.0-1.0] [--seed S]\n"
         "                  [--secret TEXT] [--client-id ID --client-secret TEXT]\n"
         "                  [--timeout-ms 1500] [--help]\n"
         "\n"
         "Serves the protocols of the national systems motcua connects to (docs/integrations.md)\n"
         "under /dvcqg, /vneid, /paygov, /vnpost, /esign, /emc, /sms and /email, and the test\n"
         "controls under /_sim. In a browser, / leads to the national portal's pages (/dvcqg/),\n"
         "where a dossier is filed as a citizen would and its statuses followed.\n"
         "\n"
         "  --port N          port to listen on; 0 picks a free one (printed once listening)\n"
         "  --bind ADDRESS    address to listen on (default 127.0.0.1)\n"
         "  --fail-rate P     share of protocol calls that fail before they are processed: half\n"
         "                    answer 503, half are held for --timeout-ms and answer 504 (default "
         "0)\n"
         "  --seed S          seed of every random choice, so a run can be replayed (default 1)\n"
         "  --secret TEXT     shared secret of MaXacThuc and signatures (default "
         "motcua-sim-secret)\n"
         "  --client-id ID    the VNeID client id motcua uses (default motcua)\n"
         "  --client-secret TEXT  its client secret (default motcua-sim-secret)\n"
         "  --timeout-ms N    how long an injected timeout holds a request (default 1500)\n";
}

}  // namespace motcua::sim
