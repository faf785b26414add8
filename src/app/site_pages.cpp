#include "app/site_pages.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "core/page_text.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

std::string key_of(const std::string& page, const std::string& lang) {
  const auto& names = site_page_names();
  if (std::find(names.begin(), names.end(), page) == names.end() || (lang != "vi" && lang != "en"))
    throw_not_found("page");
  return "portal.page." + page + "." + lang;
}

}  // namespace

const std::vector<std::string>& site_page_names() {
  static const std::vector<std::string> names{"about", "guide", "faq", "other"};
  return names;
}

std::optional<std::string> SitePages::text(const std::string& page, const std::string& lang) {
  const auto key = key_of(page, lang);
  std::optional<std::string> stored;
  services_.store.read([&](Transaction& tx) { stored = tx.setting(key, services_.clock.now()); });
  if (!stored) return std::nullopt;
  const auto value = nlohmann::json::parse(*stored, nullptr, false);
  if (!value.is_string() || value.get<std::string>().empty()) return std::nullopt;
  return value.get<std::string>();
}

void SitePages::put(const Principal& who, const std::string& page, const std::string& lang,
                    const std::string& text, const std::string& ip) {
  require_admin(who);
  const auto key = key_of(page, lang);
  if (text.size() > core::kMaxPageText) throw_invalid({{"text", "error.too_long"}});
  if (!core::is_valid_utf8(text)) throw_invalid({{"text", "error.invalid_utf8"}});
  const auto now = services_.clock.now();
  services_.store.write([&](Transaction& tx) {
    tx.put_setting(key, now, nlohmann::json(core::trim(text)).dump());
    tx.append_audit(AuditEntry{now, who.user.username, "site_page_changed", page + "." + lang,
                               std::to_string(text.size()) + " B", ip});
  });
}

}  // namespace motcua::app
