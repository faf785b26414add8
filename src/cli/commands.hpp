#pragma once
#include <string>
#include <vector>

namespace motcua::cli {

// Each subcommand takes the words after its name and returns the process exit code.
int serve_command(const std::vector<std::string>& words);
int migrate_command(const std::vector<std::string>& words);
int seed_demo_command(const std::vector<std::string>& words);
int user_command(const std::vector<std::string>& words);
int audit_command(const std::vector<std::string>& words);
int keys_command(const std::vector<std::string>& words);
int backup_command(const std::vector<std::string>& words);
int restore_command(const std::vector<std::string>& words);

}  // namespace motcua::cli
