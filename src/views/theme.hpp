#pragma once
// A province's theme folder: its portal's identity, logo, colours, footer, info-page texts and
// template overrides, read at start-up so a province restyles its portal without recompiling
// (Circular 21/2023 Art 6 asks for the owner's identity in every page's header and footer).
//
//   <dir>/theme.json   identity, colours, footer, about texts, EMC settings (all optional)
//   <dir>/logo.svg     or logo.png: the logo top-left (optional; the stock emblem otherwise)
//   <dir>/templates/   *.mustache overriding the stock templates of the same name
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace motcua::views {

// A theme folder that cannot be used: the message names the file and the field.
class ThemeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Theme {
  std::string dir;            // "" for the stock look
  std::string identity_json;  // {"portal_name", "owner_agency", "address", "hotline", "email", …}
  // CSS custom properties (without the leading "--theme-") and their checked #rrggbb values.
  std::vector<std::pair<std::string, std::string>> colors;
  std::string logo;         // the logo file's bytes, "" for the stock emblem
  std::string logo_type;    // its content type
  nlohmann::json about;     // {"vi": [paragraph, …], "en": […]}
  nlohmann::json footer;    // {"vi": [line, …], "en": […]}: licence, editor in charge, …
  std::string emc_site_id;  // Circular 21/2023 Art 10; "" = off
  std::string emc_tracker_url;
  std::string emc_script_url;
  std::vector<std::string> warnings;  // usable but doubtful, e.g. colours below AA contrast
  std::string version;                // changes with the colours and the logo (cache busting)

  // The folder whose templates override the stock ones; "" without a theme.
  std::string templates_dir() const;
  // The stylesheet served at /theme.css: the colours as custom properties on :root.
  std::string css() const;
};

// The colour names a theme may set, in the order /theme.css lists them.
const std::vector<std::string>& theme_color_names();

// Reads `dir` ("" gives the stock theme). Throws ThemeError for a missing folder, malformed JSON,
// an unknown colour name or a value that is not #rgb or #rrggbb.
Theme load_theme(const std::string& dir);

// WCAG 2.1 contrast ratio of two #rrggbb colours (1 to 21).
double contrast_ratio(const std::string& a, const std::string& b);

}  // namespace motcua::views
