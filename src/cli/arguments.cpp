#include "cli/arguments.hpp"

#include <iostream>
#include <stdexcept>

namespace motcua::cli {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& options,
                     const std::set<std::string>& flags) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& word = words[i];
    if (word.rfind("--", 0) != 0) {
      positional_.push_back(word);
      continue;
    }
    auto name = word.substr(2);
    std::optional<std::string> inline_value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (flags.count(name) > 0) {
      flags_.insert(name);
    } else if (options.count(name) > 0) {
      if (!inline_value && i + 1 >= words.size())
        throw std::invalid_argument("--" + name + " needs a value");
      values_.emplace(name, inline_value ? *inline_value : words[++i]);
    } else {
      throw std::invalid_argument("unknown option --" + name);
    }
  }
}

bool Arguments::has(const std::string& name) const {
  return flags_.count(name) > 0 || values_.count(name) > 0;
}

std::optional<std::string> Arguments::value(const std::string& name) const {
  auto found = values_.find(name);
  if (found == values_.end()) return std::nullopt;
  return found->second;
}

std::string Arguments::value_or(const std::string& name, const std::string& fallback) const {
  return value(name).value_or(fallback);
}

std::vector<std::string> Arguments::values(const std::string& name) const {
  std::vector<std::string> out;
  auto [begin, end] = values_.equal_range(name);
  for (auto it = begin; it != end; ++it) out.push_back(it->second);
  return out;
}

bool wants_help(const std::vector<std::string>& words, const char* help) {
  for (const auto& word : words) {
    if (word == "--help" || word == "-h") {
      std::cout << help;
      return true;
    }
  }
  return false;
}

}  // namespace motcua::cli
