#include "views/renderer.hpp"

#include <filesystem>
#include <fstream>
#include <mstch/mstch.hpp>
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

// Far deeper than any page model; a model this deep is a bug, refused before the stack runs out.
constexpr int kMaxModelDepth = 64;

mstch::node to_node(const nlohmann::json& value, int depth = 0) {
  if (depth > kMaxModelDepth) throw std::length_error("page model nested too deep");
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mstch::map map;
      for (const auto& [key, item] : value.items()) map.emplace(key, to_node(item, depth + 1));
      return map;
    }
    case nlohmann::json::value_t::array: {
      mstch::array array;
      array.reserve(value.size());
      for (const auto& item : value) array.push_back(to_node(item, depth + 1));
      return array;
    }
    case nlohmann::json::value_t::string:
      return value.get<std::string>();
    case nlohmann::json::value_t::boolean:
      return value.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return std::to_string(value.get<long long>());
    case nlohmann::json::value_t::number_float:
      return value.get<double>();
    default:
      return nullptr;
  }
}

// The names in "{{> name}}" tags, in the order they appear.
std::vector<std::string> partial_names(const std::string& text) {
  std::vector<std::string> names;
  for (auto open = text.find("{{>"); open != std::string::npos; open = text.find("{{>", open + 3)) {
    const auto close = text.find("}}", open + 3);
    if (close == std::string::npos) break;
    auto name = core::trim(std::string_view(text).substr(open + 3, close - open - 3));
    if (!name.empty()) names.push_back(std::move(name));
  }
  return names;
}

std::map<std::string, std::string> reachable_partials(const std::map<std::string, std::string>& all,
                                                      const std::string& root) {
  std::map<std::string, std::string> out;
  std::vector<std::string> pending{root};
  while (!pending.empty()) {
    const auto name = pending.back();
    pending.pop_back();
    const auto found = all.find(name);
    if (found == all.end()) continue;  // mstch renders an unknown partial as nothing
    for (auto& partial : partial_names(found->second)) {
      const auto known = all.find(partial);
      if (known != all.end() && out.emplace(partial, known->second).second)
        pending.push_back(partial);
    }
  }
  return out;
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
    auto& compiled = by_language_[lang].templates;
    for (const auto& [name, text] : raw)
      compiled[name] = apply_translations(text, translations, lang);
    auto& partials = by_language_[lang].partials_of;
    for (const auto& [name, text] : compiled) partials[name] = reachable_partials(compiled, name);
  }
}

bool Renderer::has(const std::string& name) const {
  return by_language_.begin()->second.templates.count(name) > 0;
}

std::string Renderer::render(const std::string& lang, const std::string& name,
                             const nlohmann::json& context) const {
  const auto& compiled = by_language_.at(Translations::normalize_language(lang));
  auto found = compiled.templates.find(name);
  if (found == compiled.templates.end()) throw std::runtime_error("no template " + name);
  return mstch::render(found->second, to_node(context), compiled.partials_of.at(name));
}

std::string Renderer::page(const std::string& lang, const std::string& name,
                           const nlohmann::json& context) const {
  nlohmann::json with_content = context;
  with_content["content"] = render(lang, name, context);
  return render(lang, "layout", with_content);
}

}  // namespace motcua::views
