#include "views/template_engine.hpp"

#include <array>
#include <charconv>
#include <functional>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace motcua::views {
namespace {

using nlohmann::json;

enum class TokenType { text, variable, unescaped, section, inverted, close, comment, partial };

struct Token {
  TokenType type = TokenType::text;
  std::string text;  // the text itself, or the tag's name
  bool eol = false;  // a text that ends its line
  bool ws_only = false;
};

bool is_tag(TokenType type) {
  return type != TokenType::text && type != TokenType::variable && type != TokenType::unescaped;
}

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

Token text_token(std::string text) {
  Token token;
  token.eol = !text.empty() && text.back() == '\n';
  token.ws_only = text.find_first_not_of(" \r\n\t") == std::string::npos;
  token.text = std::move(text);
  return token;
}

// One token per line of text, each keeping its newline: standalone lines are found line by line.
void add_text(std::vector<Token>& tokens, std::string_view text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || i + 1 == text.size()) {
      tokens.push_back(text_token(std::string(text.substr(start, i + 1 - start))));
      start = i + 1;
    }
  }
}

TokenType tag_type(char c) {
  switch (c) {
    case '#':
      return TokenType::section;
    case '^':
      return TokenType::inverted;
    case '/':
      return TokenType::close;
    case '!':
      return TokenType::comment;
    case '>':
      return TokenType::partial;
    case '&':
      return TokenType::unescaped;
    default:
      return TokenType::variable;
  }
}

// `inner` is what lies between "{{" and "}}".
Token tag_token(std::string_view inner, const std::string& name) {
  Token token;
  if (inner.size() >= 2 && inner.front() == '{' && inner.back() == '}') {
    token.type = TokenType::unescaped;
    token.text = std::string(trim_spaces(inner.substr(1, inner.size() - 2)));
    return token;
  }
  auto body = trim_spaces(inner);
  if (!body.empty() && body.front() == '=')
    throw std::runtime_error("template " + name + ": changing delimiters is not supported");
  token.type = body.empty() ? TokenType::variable : tag_type(body.front());
  if (token.type != TokenType::variable) body = trim_spaces(body.substr(1));
  token.text = std::string(body);
  return token;
}

std::vector<Token> tokenize(const std::string& source, const std::string& name) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < source.size()) {
    const auto open = source.find("{{", pos);
    auto close = open == std::string::npos ? open : source.find("}}", open + 1);
    if (close == std::string::npos) {
      add_text(tokens, std::string_view(source).substr(pos));
      break;
    }
    if (open + 2 < source.size() && source[open + 2] == '{' && close + 2 < source.size() &&
        source[close + 2] == '}')
      ++close;
    add_text(tokens, std::string_view(source).substr(pos, open - pos));
    tokens.push_back(tag_token(std::string_view(source).substr(open + 2, close - open - 2), name));
    pos = close + 2;
    if (pos == source.size()) tokens.push_back(Token{TokenType::text, "", true, true});
  }
  return tokens;
}

// A line holding tags other than variables and nothing but white space besides loses the white
// space, its newline included.
std::vector<Token> strip_standalone_lines(std::vector<Token> tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size());
  std::size_t line_begin = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].eol) continue;
    bool has_tag = false;
    bool non_space = false;
    for (std::size_t j = line_begin; j <= i; ++j) {
      if (is_tag(tokens[j].type))
        has_tag = true;
      else if (!tokens[j].ws_only)
        non_space = true;
    }
    const bool standalone = has_tag && !non_space;
    for (std::size_t j = line_begin; j <= i; ++j)
      if (!standalone || !tokens[j].ws_only) out.push_back(std::move(tokens[j]));
    line_begin = i + 1;
  }
  for (std::size_t j = line_begin; j < tokens.size(); ++j) out.push_back(std::move(tokens[j]));
  return out;
}

}  // namespace

struct TemplateNode {
  enum class Kind { text, escaped, raw, section, inverted, partial } kind = Kind::text;
  std::string text;               // the text, or a partial's name
  std::vector<std::string> path;  // a dotted name's parts; {"."} for the current item
  std::vector<TemplateNode> children;
};

struct CompiledTemplates::Compiled {
  std::map<std::string, std::vector<TemplateNode>> templates;
};

namespace {

std::vector<std::string> split_path(const std::string& name) {
  if (name == ".") return {"."};
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (auto dot = name.find('.'); dot != std::string::npos; dot = name.find('.', start)) {
    parts.push_back(name.substr(start, dot - start));
    start = dot + 1;
  }
  parts.push_back(name.substr(start));
  return parts;
}

void add_node(std::vector<TemplateNode>& nodes, const Token& token) {
  using Kind = TemplateNode::Kind;
  if (token.type == TokenType::text) {
    if (!nodes.empty() && nodes.back().kind == Kind::text)
      nodes.back().text += token.text;
    else if (!token.text.empty())
      nodes.push_back(TemplateNode{Kind::text, token.text, {}, {}});
    return;
  }
  const Kind kind = token.type == TokenType::variable    ? Kind::escaped
                    : token.type == TokenType::unescaped ? Kind::raw
                    : token.type == TokenType::section   ? Kind::section
                    : token.type == TokenType::inverted  ? Kind::inverted
                                                         : Kind::partial;
  if (kind == Kind::partial)
    nodes.push_back(TemplateNode{kind, token.text, {}, {}});
  else
    nodes.push_back(TemplateNode{kind, token.text, split_path(token.text), {}});
}

std::vector<TemplateNode> build_tree(const std::vector<Token>& tokens, const std::string& name) {
  std::vector<TemplateNode> root;
  std::vector<std::vector<TemplateNode>*> open{&root};
  std::vector<std::string> names;
  for (const auto& token : tokens) {
    if (token.type == TokenType::comment) continue;
    if (token.type == TokenType::close) {
      if (names.empty() || names.back() != token.text)
        throw std::runtime_error("template " + name + ": {{/" + token.text + "}} closes nothing");
      names.pop_back();
      open.pop_back();
      continue;
    }
    add_node(*open.back(), token);
    if (token.type == TokenType::section || token.type == TokenType::inverted) {
      names.push_back(token.text);
      open.push_back(&open.back()->back().children);
    }
  }
  if (!names.empty())
    throw std::runtime_error("template " + name + ": {{#" + names.back() + "}} is never closed");
  return root;
}

std::string_view entity(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return "&#x2F;";
  }
}

// Deep enough for any page, shallow enough that a partial including itself fails cleanly.
constexpr int kMaxPartialDepth = 32;

// The names of the scopes a render starts with (the site's, the visitor's, the page's), hashed
// once per render: most names a page writes live there, below every section opened over them, and
// finding each by comparing strings down through every scope cost a page a sixth of its work.
class ScopeIndex {
 public:
  // False when the scopes hold more names than the index takes; nothing is then indexed.
  bool build(std::span<const json* const> scopes) {
    for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
      if (!(*scope)->is_object()) continue;
      for (const auto& [name, value] : (*scope)->get_ref<const json::object_t&>()) {
        if (++size_ > kCapacity / 2) return false;
        add(name, &value);
      }
    }
    return true;
  }

  // The value under `name` in the innermost scope that has it, or null.
  const json* find(const std::string& name) const {
    for (auto slot = first_slot(name);; slot = (slot + 1) % kCapacity) {
      if (slots_[slot].value == nullptr) return nullptr;
      if (slots_[slot].name == name) return slots_[slot].value;
    }
  }

 private:
  static constexpr std::size_t kCapacity = 256;
  struct Slot {
    std::string_view name;
    const json* value = nullptr;
  };

  static std::size_t first_slot(std::string_view name) {
    return std::hash<std::string_view>{}(name) % kCapacity;
  }

  // Scopes come innermost first: a name already there stays.
  void add(std::string_view name, const json* value) {
    for (auto slot = first_slot(name);; slot = (slot + 1) % kCapacity) {
      if (slots_[slot].value == nullptr) {
        slots_[slot] = {name, value};
        return;
      }
      if (slots_[slot].name == name) return;
    }
  }

  std::array<Slot, kCapacity> slots_{};
  std::size_t size_ = 0;
};

constexpr char kMarkerStart = '\x01';
constexpr char kMarkerEnd = '\x02';

// The value a text written whole names when it is a marker.
std::optional<std::size_t> marker_index(const json& value) {
  if (!value.is_string()) return std::nullopt;
  const auto& text = value.get_ref<const std::string&>();
  if (text.size() < 3 || text.front() != kMarkerStart || text.back() != kMarkerEnd)
    return std::nullopt;
  std::size_t index = 0;
  const auto* end = text.data() + text.size() - 1;
  const auto [stop, error] = std::from_chars(text.data() + 1, end, index);
  if (error != std::errc() || stop != end) return std::nullopt;
  return index;
}

// What a shell's walk leaves: the text written before each open name and the names' places.
struct Cuts {
  std::vector<std::string> texts;
  std::vector<std::pair<std::size_t, bool>> holes;  // which open name, escaped or not

  void cut(std::string& out, std::size_t value, bool escape) {
    texts.push_back(std::move(out));
    out.clear();
    holes.emplace_back(value, escape);
  }
};

class Walk {
 public:
  Walk(const CompiledTemplates::Compiled& compiled, std::string& out)
      : compiled_(compiled), out_(out) {}

  void start(std::span<const json* const> scopes) {
    stack_.assign(scopes.begin(), scopes.end());
    indexed_ = index_.build(scopes) ? stack_.size() : 0;
  }

  void nodes(const std::vector<TemplateNode>& list, int depth) {
    for (const auto& node : list) this->node(node, depth);
  }

  // Makes each write of a marker (shell_marker) a hole for the value it names.
  void cut_at_markers(Cuts& cuts) { cuts_ = &cuts; }

 private:
  const json* lookup(const std::vector<std::string>& path) const {
    if (path.front() == ".") return stack_.back();
    const json* value = nullptr;
    // Sections opened during the walk first, then the starting scopes, by their index if built.
    const auto unindexed = stack_.size() - indexed_;
    for (std::size_t i = 0; i < unindexed && value == nullptr; ++i) {
      const json* scope = stack_[stack_.size() - 1 - i];
      if (!scope->is_object()) continue;
      const auto found = scope->find(path.front());
      if (found != scope->end()) value = &*found;
    }
    if (value == nullptr && indexed_ > 0) value = index_.find(path.front());
    for (std::size_t i = 1; i < path.size() && value != nullptr; ++i) {
      if (!value->is_object()) return nullptr;
      const auto found = value->find(path[i]);
      value = found == value->end() ? nullptr : &*found;
    }
    return value;
  }

  static bool truthy(const json* value) {
    if (value == nullptr) return false;
    switch (value->type()) {
      case json::value_t::boolean:
        return value->get<bool>();
      case json::value_t::string:
        return !value->get_ref<const std::string&>().empty();
      case json::value_t::number_integer:
      case json::value_t::number_unsigned:
        return true;  // written out as digits, never empty
      case json::value_t::number_float:
        return value->get<double>() != 0;
      case json::value_t::array:
        return !value->empty();
      case json::value_t::object:
        return true;
      default:
        return false;
    }
  }

  bool cut(const json* value, bool escape) {
    const auto index = marker_index(*value);
    if (!index) return false;
    cuts_->cut(out_, *index, escape);
    return true;
  }

  void write(const json* value, bool escape) {
    if (value == nullptr || (cuts_ != nullptr && cut(value, escape))) return;
    std::string text;
    switch (value->type()) {
      case json::value_t::string:
        if (escape)
          append_escaped(out_, value->get_ref<const std::string&>());
        else
          out_ += value->get_ref<const std::string&>();
        return;
      case json::value_t::number_integer:
        text = std::to_string(value->get<long long>());
        break;
      case json::value_t::number_unsigned:
        text = std::to_string(value->get<unsigned long long>());
        break;
      case json::value_t::number_float: {
        std::ostringstream stream;
        stream << value->get<double>();
        text = stream.str();
        break;
      }
      case json::value_t::boolean:
        text = value->get<bool>() ? "true" : "false";
        break;
      default:
        return;
    }
    out_ += text;
  }

  void section(const TemplateNode& node, int depth) {
    const json* value = lookup(node.path);
    if (!truthy(value)) return;
    if (value->is_array()) {
      for (const auto& item : *value) {
        stack_.push_back(&item);
        nodes(node.children, depth);
        stack_.pop_back();
      }
      return;
    }
    stack_.push_back(value);
    nodes(node.children, depth);
    stack_.pop_back();
  }

  void partial(const TemplateNode& node, int depth) {
    const auto found = compiled_.templates.find(node.text);
    if (found == compiled_.templates.end()) return;
    if (depth >= kMaxPartialDepth)
      throw std::length_error("template partials nested too deep at " + node.text);
    nodes(found->second, depth + 1);
  }

  void node(const TemplateNode& node, int depth) {
    switch (node.kind) {
      case TemplateNode::Kind::text:
        out_ += node.text;
        break;
      case TemplateNode::Kind::escaped:
        write(lookup(node.path), true);
        break;
      case TemplateNode::Kind::raw:
        write(lookup(node.path), false);
        break;
      case TemplateNode::Kind::section:
        section(node, depth);
        break;
      case TemplateNode::Kind::inverted:
        if (!truthy(lookup(node.path))) nodes(node.children, depth);
        break;
      case TemplateNode::Kind::partial:
        partial(node, depth);
        break;
    }
  }

  const CompiledTemplates::Compiled& compiled_;
  std::string& out_;
  std::vector<const json*> stack_;
  ScopeIndex index_;
  std::size_t indexed_ = 0;  // how many scopes at the bottom of the stack the index stands for
  Cuts* cuts_ = nullptr;
};

void add_names(const CompiledTemplates::Compiled& compiled, const std::vector<TemplateNode>& list,
               std::set<std::string>& names, std::set<std::string>& partials_seen) {
  for (const auto& node : list) {
    if (node.kind == TemplateNode::Kind::partial) {
      const auto found = compiled.templates.find(node.text);
      if (found != compiled.templates.end() && partials_seen.insert(node.text).second)
        add_names(compiled, found->second, names, partials_seen);
      continue;
    }
    if (!node.path.empty() && node.path.front() != ".") names.insert(node.path.front());
    add_names(compiled, node.children, names, partials_seen);
  }
}

}  // namespace

void append_escaped(std::string& out, std::string_view text) {
  // A table, not find_first_of: that searches the six characters once for every character of the
  // text, a library call each time.
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> special{};
    for (const unsigned char c : std::string_view("&<>\"'/")) special[c] = true;
    return special;
  }();
  std::size_t start = 0;
  // Most values have nothing to escape: whole runs are copied at once.
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (!kSpecial[static_cast<unsigned char>(text[at])]) continue;
    out.append(text.substr(start, at - start));
    out += entity(text[at]);
    start = at + 1;
  }
  out.append(text.substr(start));
}

CompiledTemplates::CompiledTemplates(const std::map<std::string, std::string>& sources) {
  auto compiled = std::make_shared<Compiled>();
  for (const auto& [name, source] : sources)
    compiled->templates[name] = build_tree(strip_standalone_lines(tokenize(source, name)), name);
  compiled_ = std::move(compiled);
}

bool CompiledTemplates::has(const std::string& name) const {
  return compiled_->templates.count(name) > 0;
}

std::string CompiledTemplates::render(const std::string& name,
                                      std::span<const json* const> scopes) const {
  const auto found = compiled_->templates.find(name);
  if (found == compiled_->templates.end()) throw std::runtime_error("no template " + name);
  std::string out;
  out.reserve(std::size_t{16} * 1024);  // most pages fit: one allocation
  Walk walk(*compiled_, out);
  walk.start(scopes);
  walk.nodes(found->second, 0);
  return out;
}

TemplateShell CompiledTemplates::shell(const std::string& name, std::span<const json* const> scopes,
                                       std::span<const std::string> open) const {
  json placeholders = json::object();
  for (std::size_t i = 0; i < open.size(); ++i) placeholders[open[i]] = shell_marker(i);
  std::vector<const json*> all(scopes.begin(), scopes.end());
  all.push_back(&placeholders);
  auto shell = marked_shell(name, all);
  if (!shell) throw std::runtime_error("template " + name + " writes a marker inside a text");
  return std::move(*shell);
}

std::string shell_marker(std::size_t value) {
  return kMarkerStart + std::to_string(value) + kMarkerEnd;
}

bool holds_marker(std::string_view text) {
  return text.find(kMarkerStart) != std::string_view::npos;
}

std::optional<TemplateShell> CompiledTemplates::marked_shell(
    const std::string& name, std::span<const json* const> scopes) const {
  const auto found = compiled_->templates.find(name);
  if (found == compiled_->templates.end()) throw std::runtime_error("no template " + name);
  Cuts cuts;
  std::string out;
  Walk walk(*compiled_, out);
  walk.cut_at_markers(cuts);
  walk.start(scopes);
  walk.nodes(found->second, 0);
  TemplateShell shell;
  shell.texts_ = std::move(cuts.texts);
  shell.texts_.push_back(std::move(out));
  for (const auto& text : shell.texts_)
    if (holds_marker(text)) return std::nullopt;
  for (const auto& [value, escape] : cuts.holes) shell.holes_.push_back({value, escape});
  return shell;
}

std::set<std::string> CompiledTemplates::names_read(const std::string& name) const {
  std::set<std::string> names;
  std::set<std::string> partials_seen{name};
  const auto found = compiled_->templates.find(name);
  if (found != compiled_->templates.end())
    add_names(*compiled_, found->second, names, partials_seen);
  return names;
}

void TemplateShell::fill(std::string& out, std::span<const std::string_view> values) const {
  std::size_t size = 0;
  for (const auto& text : texts_) size += text.size();
  for (const auto& hole : holes_) size += values[hole.value].size();
  out.reserve(out.size() + size + size / 8);
  for (std::size_t i = 0; i < holes_.size(); ++i) {
    out += texts_[i];
    const auto value = values[holes_[i].value];
    if (holes_[i].escape)
      append_escaped(out, value);
    else
      out += value;
  }
  out += texts_.back();
}

std::string CompiledTemplates::render(const std::string& name, const json& model,
                                      const json* overlay) const {
  const std::array<const json*, 2> scopes{&model, overlay};
  return render(name, std::span(scopes.data(), overlay != nullptr ? 2 : 1));
}

}  // namespace motcua::views
