#pragma once
// Server-side pages from mustache templates on disk. A province's theme folder may override any
// template without recompiling. Translations are substituted once at load: `[[key]]` in a template
// becomes the escaped text of `key` in each language, so a render pays nothing for them; then each
// language's templates are compiled once (views/template_engine).
#include <cstdint>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <span>
#include <string>

#include "views/i18n.hpp"
#include "views/template_engine.hpp"

namespace motcua::views {

class Renderer {
 public:
  // Loads every *.mustache under `template_dir`, then those under `theme_dir` (if any) over them.
  Renderer(const std::string& template_dir, const std::string& theme_dir,
           const Translations& translations);

  // Renders `page` inside the "layout" template: the page's HTML goes to {{{content}}}.
  std::string page(const std::string& lang, const std::string& name,
                   const nlohmann::json& context) const;
  // The same over several scopes, outermost first (CompiledTemplates::render).
  std::string page(const std::string& lang, const std::string& name,
                   std::initializer_list<const nlohmann::json*> scopes) const;
  // What page() puts in the layout's {{{content}}}.
  std::string content(const std::string& lang, const std::string& name,
                      std::initializer_list<const nlohmann::json*> scopes) const;
  // The layout over `scopes` with `open` left open (CompiledTemplates::shell).
  TemplateShell layout_shell(const std::string& lang,
                             std::initializer_list<const nlohmann::json*> scopes,
                             std::span<const std::string> open) const;
  // The content `name` over `scopes` as a marked shell (CompiledTemplates::marked_shell).
  std::optional<TemplateShell> content_shell(
      const std::string& lang, const std::string& name,
      std::initializer_list<const nlohmann::json*> scopes) const;
  // The names `name` and its partials read (CompiledTemplates::names_read).
  std::set<std::string> names_read(const std::string& lang, const std::string& name) const;
  // The names the layout reads, in every language.
  const std::set<std::string>& layout_names() const { return layout_names_; }
  // Tells this renderer from every other of the process, one made later at the same address too.
  std::uint64_t id() const { return id_; }
  // Renders one template alone (no layout).
  std::string render(const std::string& lang, const std::string& name,
                     const nlohmann::json& context) const;
  bool has(const std::string& name) const;

 private:
  const CompiledTemplates& templates(const std::string& lang) const;

  std::map<std::string, CompiledTemplates> by_language_;
  std::set<std::string> layout_names_;
  std::uint64_t id_ = 0;
};

// "[[key]]" → escaped translation, for one language.
std::string apply_translations(const std::string& text, const Translations& translations,
                               const std::string& lang);

}  // namespace motcua::views
