#pragma once
// The portal's information pages written by administrators (core/page_text), one text per page
// and language, kept as versioned settings "portal.page.<page>.<lang>" so every change stays on
// record; a page nobody wrote shows the theme's own.
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

// about, guide, faq, other.
const std::vector<std::string>& site_page_names();

class SitePages {
 public:
  explicit SitePages(Services& services) : services_(services) {}

  // The text in force; none when never written or emptied.
  std::optional<std::string> text(const std::string& page, const std::string& lang);
  // Administrators; an empty text gives the page back to the theme. 404 for another page or
  // language, 400 (field "text") beyond core::kMaxPageText or not UTF-8.
  void put(const Principal& who, const std::string& page, const std::string& lang,
           const std::string& text, const std::string& ip);

 private:
  Services& services_;
};

}  // namespace motcua::app
