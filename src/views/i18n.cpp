#include "views/i18n.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace motcua::views {
namespace {

void read_file(const std::filesystem::path& path,
               std::unordered_map<std::string, std::string>& catalog) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  // Named, not a temporary: a range-for keeps only items()'s proxy alive, not the parsed value.
  const auto parsed = nlohmann::json::parse(buffer.str());
  for (const auto& [key, value] : parsed.items()) {
    if (!catalog.emplace(key, value.get<std::string>()).second)
      throw std::runtime_error("translation key defined twice: " + key + " in " + path.string());
  }
}

// A language's catalog is every *.json file in <dir>/<lang>/, one per area of the system.
std::unordered_map<std::string, std::string> read_catalog(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir))
    throw std::runtime_error("translation catalog not found: " + dir.string());
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::unordered_map<std::string, std::string> catalog;
  for (const auto& file : files) read_file(file, catalog);
  return catalog;
}

}  // namespace

Translations Translations::load(const std::string& dir) {
  Translations translations;
  for (const auto& lang : translations.languages_) {
    translations.catalogs_[lang] = read_catalog(std::filesystem::path(dir) / lang);
  }
  return translations;
}

const std::string& Translations::text(const std::string& lang, const std::string& key) const {
  for (const auto* candidate : {&lang, &languages_.front()}) {
    auto catalog = catalogs_.find(*candidate);
    if (catalog == catalogs_.end()) continue;
    auto found = catalog->second.find(key);
    if (found != catalog->second.end()) return found->second;
  }
  return key;
}

std::string Translations::format(const std::string& lang, const std::string& key,
                                 const std::map<std::string, std::string>& params) const {
  std::string out = text(lang, key);
  for (const auto& [name, value] : params) {
    const std::string placeholder = "{" + name + "}";
    for (auto pos = out.find(placeholder); pos != std::string::npos;
         pos = out.find(placeholder, pos + value.size())) {
      out.replace(pos, placeholder.size(), value);
    }
  }
  return out;
}

std::string Translations::normalize_language(const std::string& requested) {
  return requested == "en" ? "en" : "vi";
}

}  // namespace motcua::views
