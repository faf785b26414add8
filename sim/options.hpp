#pragma once
// The simulator's command line.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motcua::sim {

struct SimOptions {
  std::string bind = "127.0.0.1";
  unsigned short port = 0;  // 0 picks a free port
  double fail_rate = 0.0;
  std::uint64_t seed = 1;  // fixed by default so two runs fail the same calls
  std::string secret;      // MaXacThuc and VNPost signatures
  std::string client_id;   // the VNeID client motcua is registered as
  std::string client_secret;
  std::chrono::milliseconds timeout{1500};  // how long an injected timeout holds the request
};

struct ParsedArguments {
  std::optional<SimOptions> options;  // nothing with --help or on an error
  bool help = false;
  std::string error;
};

ParsedArguments parse_arguments(const std::vector<std::string>& arguments);
std::string usage();

}  // namespace motcua::sim
