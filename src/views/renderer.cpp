#include "views/renderer.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "core/text.hpp"

namespace motcua::views {
namespace {

namespace fs = std::filesystem;

void load_dir(const std::string& dir, std::map<std::string, std::string>& out) {
  if (dir.empty() || !fs::is_directory(dir)) return;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    // Partials are named by their path below the folder, without the extension: "portal/home".
    auto name = fs::relative(entry.path(), dir).replace_extension().generic_string();
    out[name] = buffer.str();
  }
}

}  // namespace

std::string apply_translations(const std::string& text, const Translations& translations,
                               const std::string& lang) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (true) {
    const auto open = text.find("[[", pos);
    const auto close = open == std::string::npos ? open : text.find("]]", open + 2);
    if (close == std::string::npos) break;
    out.append(text, pos, open - pos);
    out += core::html_escape(translations.text(lang, text.substr(open + 2, close - open - 2)));
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

Renderer::Renderer(const std::string& template_dir, const std::string& theme_dir,
                   const Translations& translations) {
  std::map<std::string, std::string> raw;
  load_dir(template_dir, raw);
  load_dir(theme_dir, raw);
  if (raw.count("layout") == 0) throw std::runtime_error("no layout template in " + template_dir);
  for (const auto& lang : translations.languages()) {
    std::map<std::string, std::string> translated;
    for (const auto& [name, text] : raw)
      translated[name] = apply_translations(text, translations, lang);
    by_language_.emplace(lang, CompiledTemplates(translated));
  }
  layout_names_ = by_language_.begin()->second.names_read("layout");
  static std::atomic<std::uint64_t> made{0};
  id_ = ++made;
}

const CompiledTemplates& Renderer::templates(const std::string& lang) const {
  return by_language_.at(Translations::normalize_language(lang));
}

bool Renderer::has(const std::string& name) const { return by_language_.begin()->second.has(name); }

std::string Renderer::render(const std::string& lang, const std::string& name,
                             const nlohmann::json& context) const {
  return templates(lang).render(name, context);
}

std::string Renderer::page(const std::string& lang, const std::string& name,
                           const nlohmann::json& context) const {
  return page(lang, name, {&context});
}

std::string Renderer::page(const std::string& lang, const std::string& name,
                           std::initializer_list<const nlohmann::json*> scopes) const {
  std::vector<const nlohmann::json*> all(scopes);
  const nlohmann::json content{{"content", this->content(lang, name, scopes)}};
  all.push_back(&content);
  return templates(lang).render("layout", all);
}

std::string Renderer::content(const std::string& lang, const std::string& name,
                              std::initializer_list<const nlohmann::json*> scopes) const {
  return templates(lang).render(name, std::span(scopes.begin(), scopes.size()));
}

TemplateShell Renderer::layout_shell(const std::string& lang,
                                     std::initializer_list<const nlohmann::json*> scopes,
                                     std::span<const std::string> open) const {
  return templates(lang).shell("layout", std::span(scopes.begin(), scopes.size()), open);
}

std::optional<TemplateShell> Renderer::content_shell(
    const std::string& lang, const std::string& name,
    std::initializer_list<const nlohmann::json*> scopes) const {
  return templates(lang).marked_shell(name, std::span(scopes.begin(), scopes.size()));
}

std::set<std::string> Renderer::names_read(const std::string& lang, const std::string& name) const {
  return templates(lang).names_read(name);
}

}  // namespace motcua::views
