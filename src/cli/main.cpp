#include <spdlog/spdlog.h>

#include <exception>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace {

constexpr const char* kHelp =
    R"(motcua — the administrative-procedure system of a ministry or province
(Circular 21/2023/TT-BTTTT): public-service portal, one-stop back office and JSON API.

Usage: motcua <command> [options]     (every command has --help)
  serve        serve the portal, the back office and the API
  migrate      apply database migrations
  seed-demo    load the demo province
  user add     create an official or administrator account
  audit verify check every dossier's event hash chain
  keys issue   create or renew a unit's signing key and certificate
  backup       copy the database, uploaded files and keys to a folder
  restore      restore such a folder into an empty installation
)";

using Command = int (*)(const std::vector<std::string>&);

}  // namespace

int main(int argc, char** argv) {
  const std::map<std::string, Command> commands{
      {"serve", motcua::cli::serve_command},         {"migrate", motcua::cli::migrate_command},
      {"seed-demo", motcua::cli::seed_demo_command}, {"user", motcua::cli::user_command},
      {"audit", motcua::cli::audit_command},         {"keys", motcua::cli::keys_command},
      {"backup", motcua::cli::backup_command},       {"restore", motcua::cli::restore_command}};
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    std::cout << kHelp;
    return words.empty() ? 2 : 0;
  }
  auto command = commands.find(words[0]);
  if (command == commands.end()) {
    std::cerr << "unknown command: " << words[0] << "\n" << kHelp;
    return 2;
  }
  try {
    return command->second(std::vector<std::string>(words.begin() + 1, words.end()));
  } catch (const std::invalid_argument& error) {
    std::cerr << "motcua " << words[0] << ": " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {
    spdlog::critical("motcua {}: {}", words[0], error.what());
    return 1;
  }
}
