#pragma once
// The translation catalog as the use cases see it: texts that leave the system (SMS, e-mail) are
// written when their event happens, in the words of the catalog.
#include <map>
#include <string>

namespace motcua::app {

class TextCatalog {
 public:
  virtual ~TextCatalog() = default;
  // The text of `key` in `lang` with "{name}" placeholders filled from `params`.
  virtual std::string text(const std::string& lang, const std::string& key,
                           const std::map<std::string, std::string>& params) const = 0;
};

}  // namespace motcua::app
