#pragma once
// Mustache templates compiled once, at start, and rendered straight from the page model (JSON).
// A page used to spend most of its time re-parsing its template and every partial on each request
// and converting the model to another tree; here a render only walks a prepared tree.
//
// The dialect is what the templates use, with the output of the engine they were written for:
// variables ({{x}} escaped, {{{x}}} and {{&x}} raw), sections and inverted sections over lists,
// objects and truthy values, dotted names, {{.}}, partials and comments; a line holding only
// section, comment or partial tags and white space leaves nothing behind (a partial on such a line
// is not re-indented: HTML does not mind). Changing delimiters is not supported and refused at
// load.
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::views {

// A template rendered once with some of its names left open, then written for each request by
// copying its fixed text around the values given for them: the walk, the lookups and the escaping
// of everything else are paid once.
class TemplateShell {
 public:
  // `values[i]` is written where the i-th open name stood, escaped where the template escapes it.
  void fill(std::string& out, std::span<const std::string_view> values) const;

 private:
  friend class CompiledTemplates;
  struct Hole {
    std::size_t value = 0;
    bool escape = true;
  };
  std::vector<std::string> texts_;  // the fixed text before each hole, and after the last
  std::vector<Hole> holes_;
};

class CompiledTemplates {
 public:
  // name → source. Throws std::runtime_error naming the template when a section is not closed
  // where it should be, or a tag is not supported.
  explicit CompiledTemplates(const std::map<std::string, std::string>& sources);

  bool has(const std::string& name) const;
  // `scopes` from the outermost to the innermost: a name is taken from the innermost scope that
  // has it (a page's model over the layout's parts, a layout's {{{content}}} over all), so the
  // parts a page shares with others are never copied into its model. Throws std::runtime_error
  // for an unknown template; an unknown partial renders as nothing.
  std::string render(const std::string& name, std::span<const nlohmann::json* const> scopes) const;
  // `overlay`, when given, is looked up before `model`.
  std::string render(const std::string& name, const nlohmann::json& model,
                     const nlohmann::json* overlay = nullptr) const;

  // `name` rendered over `scopes` with each of `open` as a non-empty text innermost: sections over
  // it are taken and each place it is written becomes a hole of the shell. Names resolve as in
  // render(), so where a section's own value shadows an open name, that place stays fixed.
  TemplateShell shell(const std::string& name, std::span<const nlohmann::json* const> scopes,
                      std::span<const std::string> open) const;
  // `name` rendered over `scopes` with each text written whole that is shell_marker(i) as a hole
  // for the i-th value: a model built once with markers for the texts that change from one request
  // to the next stands for every model that differs from it only by them. nullopt when a marker
  // ends up inside a fixed text (the model made it part of a larger text), which only a full
  // render can write.
  std::optional<TemplateShell> marked_shell(const std::string& name,
                                            std::span<const nlohmann::json* const> scopes) const;
  // The first part of every name `name` and its partials look up, inside sections too.
  std::set<std::string> names_read(const std::string& name) const;

  struct Compiled;

 private:
  std::shared_ptr<const Compiled> compiled_;
};

// A text that stands for the `value`-th value of a marked shell; holds none of the characters
// {{x}} escapes.
std::string shell_marker(std::size_t value);
// Whether `text` holds a marker or a part of one.
bool holds_marker(std::string_view text);

// What {{x}} writes for `text`: & < > " ' and / as entities.
void append_escaped(std::string& out, std::string_view text);

}  // namespace motcua::views
