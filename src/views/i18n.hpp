#pragma once
// The translation catalog: Vietnamese first, English second. Every user-facing string has a key.
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace motcua::views {

class Translations {
 public:
  // Loads <dir>/vi/*.json and <dir>/en/*.json: flat objects of key → text. Throws if a catalog is
  // missing or malformed, so a broken catalog stops the server at start rather than mid-request.
  static Translations load(const std::string& dir);

  // The text for `key` in `lang` ("vi" or "en"); falls back to Vietnamese, then to the key itself.
  const std::string& text(const std::string& lang, const std::string& key) const;
  // Replaces "{name}" placeholders with `params` values.
  std::string format(const std::string& lang, const std::string& key,
                     const std::map<std::string, std::string>& params) const;
  const std::vector<std::string>& languages() const { return languages_; }

  static std::string normalize_language(const std::string& requested);  // "vi" unless "en"

 private:
  // Hashed: a page looks up dozens of keys among some fifteen hundred that share long prefixes.
  using Catalog = std::unordered_map<std::string, std::string>;
  std::map<std::string, Catalog> catalogs_;
  std::vector<std::string> languages_{"vi", "en"};
};

}  // namespace motcua::views
