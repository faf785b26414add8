#pragma once
// A small, strict command-line parser: `--name value`, `--flag`, and positional words.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace motcua::cli {

class Arguments {
 public:
  // `flags` take no value; every other `--name` takes the next word. Throws std::invalid_argument
  // on an unknown option or a missing value.
  Arguments(const std::vector<std::string>& words, const std::set<std::string>& options,
            const std::set<std::string>& flags);

  bool has(const std::string& name) const;
  std::optional<std::string> value(const std::string& name) const;
  std::string value_or(const std::string& name, const std::string& fallback) const;
  std::vector<std::string> values(const std::string& name) const;  // repeated options
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::multimap<std::string, std::string> values_;
  std::set<std::string> flags_;
  std::vector<std::string> positional_;
};

// Prints `help` and answers true when the words ask for it (--help or -h).
bool wants_help(const std::vector<std::string>& words, const char* help);

}  // namespace motcua::cli
