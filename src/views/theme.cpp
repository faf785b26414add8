#include "views/theme.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace motcua::views {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// "#abc" → "#aabbcc", lower case; "" when the value is not a hex colour. Only hex colours reach
// the stylesheet, so a theme file cannot inject CSS.
std::string normalize_color(const std::string& value) {
  if (value.empty() || value[0] != '#' || !std::all_of(value.begin() + 1, value.end(), is_hex))
    return "";
  std::string hex = value.substr(1);
  if (hex.size() == 3) hex = {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
  if (hex.size() != 6) return "";
  std::transform(hex.begin(), hex.end(), hex.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return "#" + hex;
}

double luminance(const std::string& color) {
  double sum = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int i = 0; i < 3; ++i) {
    const double channel =
        std::stoi(color.substr(1 + static_cast<std::size_t>(i) * 2, 2), nullptr, 16) / 255.0;
    sum += weights[i] *
           (channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4));
  }
  return sum;
}

// Which pairs the stylesheet draws text with: white on the header, nav and footer; links on white.
struct ContrastPair {
  const char* color;
  const char* against;
};
constexpr ContrastPair kPairs[] = {{"primary", "#ffffff"},       {"primary-dark", "#ffffff"},
                                   {"primary-light", "#ffffff"}, {"footer", "#ffffff"},
                                   {"link", "#ffffff"},          {"link-dark", "#ffffff"}};

void read_colors(const json& data, Theme& theme) {
  if (!data.contains("colors")) return;
  const auto& colors = data["colors"];
  if (!colors.is_object()) throw ThemeError("theme.json: \"colors\" must be an object");
  const auto& names = theme_color_names();
  for (const auto& [name, value] : colors.items()) {
    if (std::find(names.begin(), names.end(), name) == names.end())
      throw ThemeError("theme.json: unknown colour \"" + name + "\"");
    const auto color = value.is_string() ? normalize_color(value.get<std::string>()) : "";
    if (color.empty())
      throw ThemeError("theme.json: colour \"" + name + "\" must be #rgb or #rrggbb");
    theme.colors.emplace_back(name, color);
  }
  // Listed in a fixed order so /theme.css is the same bytes for the same settings.
  std::sort(theme.colors.begin(), theme.colors.end(), [&](const auto& a, const auto& b) {
    return std::find(names.begin(), names.end(), a.first) <
           std::find(names.begin(), names.end(), b.first);
  });
  // WCAG 2.1 SC 1.4.3: text needs 4.5:1; a theme below it still loads, with a warning.
  for (const auto& pair : kPairs) {
    for (const auto& [name, color] : theme.colors) {
      if (name != pair.color) continue;
      const double ratio = contrast_ratio(color, pair.against);
      if (ratio < 4.5) {
        std::ostringstream warning;
        warning.precision(2);
        warning << "theme colour " << name << " " << color << " has contrast " << std::fixed
                << ratio << ":1 with " << pair.against << ", below the 4.5:1 of WCAG 2.1 AA";
        theme.warnings.push_back(warning.str());
      }
    }
  }
}

std::string text_field(const json& object, const char* key, const std::string& file) {
  if (!object.contains(key)) return "";
  if (!object[key].is_string()) throw ThemeError(file + ": \"" + key + "\" must be a string");
  return object[key].get<std::string>();
}

// A per-language list of texts: {"vi": ["…"], "en": ["…"]}; a plain string stands for one line.
json language_lists(const json& data, const char* key) {
  json out = json::object();
  if (!data.contains(key)) return out;
  if (!data[key].is_object())
    throw ThemeError(std::string("theme.json: \"") + key +
                     "\" must be {\"vi\": [...], \"en\": [...]}");
  for (const auto& [lang, value] : data[key].items()) {
    json lines = json::array();
    if (value.is_string())
      lines.push_back(value);
    else if (value.is_array())
      for (const auto& line : value) {
        if (!line.is_string())
          throw ThemeError(std::string("theme.json: \"") + key + "\" holds text only");
        lines.push_back(line);
      }
    else
      throw ThemeError(std::string("theme.json: \"") + key + "." + lang +
                       "\" must be a list of texts");
    out[lang] = lines;
  }
  return out;
}

void read_logo(const fs::path& dir, Theme& theme) {
  for (const auto& [name, type] :
       {std::pair{"logo.svg", "image/svg+xml"}, std::pair{"logo.png", "image/png"}}) {
    if (fs::is_regular_file(dir / name)) {
      theme.logo = read_file(dir / name);
      theme.logo_type = type;
      return;
    }
  }
}

// FNV-1a of what /theme.css and the logo carry: a new value makes browsers fetch them again.
std::string fingerprint(const std::string& text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  std::ostringstream out;
  out << std::hex << (hash >> 32);
  return out.str();
}

}  // namespace

const std::vector<std::string>& theme_color_names() {
  static const std::vector<std::string> names{"primary", "primary-dark", "primary-light", "accent",
                                              "link",    "link-dark",    "footer"};
  return names;
}

double contrast_ratio(const std::string& a, const std::string& b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::string Theme::templates_dir() const { return dir.empty() ? "" : dir + "/templates"; }

std::string Theme::css() const {
  std::string out =
      "/* The province's colours (theme.json); site.css draws with them. */\n:root {\n";
  for (const auto& [name, value] : colors) out += "  --theme-" + name + ": " + value + ";\n";
  return out + "}\n";
}

Theme load_theme(const std::string& dir) {
  Theme theme;
  theme.about = json::object();
  theme.footer = json::object();
  if (!dir.empty()) {
    const fs::path root(dir);
    if (!fs::is_directory(root)) throw ThemeError("theme folder " + dir + " not found");
    theme.dir = fs::absolute(root).lexically_normal().string();
    const auto file = root / "theme.json";
    if (fs::is_regular_file(file)) {
      const auto data = json::parse(read_file(file), nullptr, false);
      if (!data.is_object()) throw ThemeError(file.string() + " is not a JSON object");
      if (data.contains("identity")) {
        if (!data["identity"].is_object())
          throw ThemeError("theme.json: \"identity\" must be an object");
        theme.identity_json = data["identity"].dump();
      }
      read_colors(data, theme);
      theme.about = language_lists(data, "about");
      theme.footer = language_lists(data, "footer");
      if (data.contains("emc")) {
        const auto& emc = data["emc"];
        if (!emc.is_object()) throw ThemeError("theme.json: \"emc\" must be an object");
        theme.emc_site_id = text_field(emc, "site_id", "theme.json emc");
        theme.emc_tracker_url = text_field(emc, "tracker_url", "theme.json emc");
        theme.emc_script_url = text_field(emc, "script_url", "theme.json emc");
      }
    }
    read_logo(root, theme);
  }
  theme.version = fingerprint(theme.css() + theme.logo);
  return theme;
}

}  // namespace motcua::views
