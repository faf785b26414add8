// The compiled templates write what mstch, the engine the templates were written for, writes for
// the same template and model, byte for byte; and they refuse what they do not support.
#include "views/template_engine.hpp"

#include <gtest/gtest.h>

#include <array>
#include <mstch/mstch.hpp>
#include <set>
#include <string_view>
#include <vector>

namespace motcua::views {
namespace {

using nlohmann::json;

mstch::node to_node(const json& value) {
  switch (value.type()) {
    case json::value_t::object: {
      mstch::map map;
      for (const auto& [key, item] : value.items()) map.emplace(key, to_node(item));
      return map;
    }
    case json::value_t::array: {
      mstch::array array;
      for (const auto& item : value) array.push_back(to_node(item));
      return array;
    }
    case json::value_t::string:
      return value.get<std::string>();
    case json::value_t::boolean:
      return value.get<bool>();
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return std::to_string(value.get<long long>());
    case json::value_t::number_float:
      return value.get<double>();
    default:
      return nullptr;
  }
}

const json kModel = {
    {"name", "An <b>\"Bình\"</b> & 'Chi' / Đức"},
    {"html", "<em>đậm</em>"},
    {"yes", true},
    {"no", false},
    {"empty", ""},
    {"zero", 0},
    {"count", 12},
    {"nothing", nullptr},
    {"ratio", 1.5},
    {"none", 0.0},
    {"words", {"một", "hai", "<ba>"}},
    {"blank", json::array()},
    {"title", "Tiêu đề"},
    {"items", {{{"name", "A"}, {"href", "/a?x=1&y=2"}}, {{"name", "B"}, {"title", "riêng"}}}},
    {"form", {{"code", "H29"}, {"error_code", "Sai"}, {"nested", {{"deep", "sâu"}}}}},
};

const std::map<std::string, std::string> kPartials = {
    {"row", "<li>{{name}} {{title}}</li>\n"},
    {"word", "[{{.}}]"},
    {"outer", "<div>{{> row}}</div>"},
};

using Sources = std::map<std::string, std::string>;

struct Case {
  const char* label;
  const char* source;
};

const Case kCases[] = {
    {"escaped and raw", "{{name}}|{{{name}}}|{{& html}}|{{ name }}|{{{ html }}}"},
    {"numbers and booleans", "{{count}} {{zero}} {{ratio}} {{none}} {{yes}} {{no}} {{nothing}}"},
    {"missing names", "[{{missing}}][{{form.missing}}][{{missing.code}}][{{form.code.x}}]"},
    {"truthiness",
     "{{#yes}}y{{/yes}}{{#no}}n{{/no}}{{#empty}}e{{/empty}}{{#zero}}z{{/zero}}"
     "{{#nothing}}0{{/nothing}}{{#none}}f{{/none}}{{#ratio}}r{{/ratio}}{{#blank}}b{{/blank}}"
     "{{#form}}o{{/form}}{{#missing}}m{{/missing}}"},
    {"inverted",
     "{{^yes}}y{{/yes}}{{^no}}n{{/no}}{{^empty}}e{{/empty}}{{^zero}}z{{/zero}}"
     "{{^nothing}}0{{/nothing}}{{^none}}f{{/none}}{{^blank}}b{{/blank}}{{^missing}}m{{/missing}}"},
    {"lists",
     "{{#items}}<a href=\"{{href}}\">{{name}}</a>{{title}};{{/items}}{{#words}}({{.}}){{/words}}"},
    {"dotted",
     "{{form.code}} {{form.nested.deep}} {{#form}}{{code}}{{error_code}}{{nested.deep}}{{/form}}"},
    {"object section reaches outward",
     "{{#form.nested}}{{deep}}-{{title}}-{{form.code}}{{/form.nested}}"},
    {"comments", "a{{! a comment }}b{{!another}}c"},
    {"partials",
     "{{#items}}{{> row}}{{/items}}{{#words}}{{> word}}{{/words}}{{> outer}}{{> unknown}}"},
    {"standalone lines",
     "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n  {{/items}}\n</ul>\n{{! note }}\n<p>\n{{^blank}}\n"
     "  nothing\n{{/blank}}\n</p>\n  {{#yes}}  \n  kept {{name}}\n  {{/yes}}\n"},
    {"tags beside text keep their line", "a {{#yes}}\nb\n{{/yes}} c\n  {{name}}  \n"},
    {"a tag ends the template", "line\n{{#yes}}x{{/yes}}"},
    {"tabs and carriage returns", "\t{{#yes}}\t\r\n x\n\t{{/yes}}\n"},
    {"braces that are not tags", "{ {name} } {{ {x} }} }} {{"},
    {"a section over a text",
     "{{#name}}[{{.}}]{{/name}}{{^name}}none{{/name}}{{#title}}{{.}}{{/title}}"},
};

std::string with_mstch(const std::string& source) {
  return mstch::render(source, to_node(kModel), kPartials);
}

std::string compiled(const std::string& source) {
  auto sources = kPartials;
  sources["page"] = source;
  return CompiledTemplates(sources).render("page", kModel);
}

TEST(TemplateEngine, WritesWhatMstchWrites) {
  for (const auto& c : kCases) EXPECT_EQ(compiled(c.source), with_mstch(c.source)) << c.label;
}

TEST(TemplateEngine, AnOverlayIsReadBeforeTheModel) {
  const CompiledTemplates templates(Sources{{"layout", "<main>{{{content}}}</main>{{title}}"}});
  const json content{{"content", "<p>x</p>"}, {"title", "trên"}};
  EXPECT_EQ(templates.render("layout", kModel, &content), "<main><p>x</p></main>trên");
  EXPECT_EQ(templates.render("layout", kModel), "<main></main>Tiêu đề");
}

TEST(TemplateEngine, UnbalancedSectionsAndDelimitersAreRefusedAtLoad) {
  EXPECT_THROW(CompiledTemplates(Sources{{"t", "{{#a}}x"}}), std::runtime_error);
  EXPECT_THROW(CompiledTemplates(Sources{{"t", "{{#a}}x{{/b}}"}}), std::runtime_error);
  EXPECT_THROW(CompiledTemplates(Sources{{"t", "x{{/a}}"}}), std::runtime_error);
  EXPECT_THROW(CompiledTemplates(Sources{{"t", "{{=<% %>=}}"}}), std::runtime_error);
  EXPECT_THROW(CompiledTemplates(Sources{{"t", "x"}}).render("other", kModel), std::runtime_error);
}

// A shell over the model without `open`, filled with the model's own values, writes what the
// render of the whole model writes: where a list item's own "title" shadows the open one, its
// place stays fixed.
TEST(TemplateShell, FilledWritesWhatTheRenderWrites) {
  const std::vector<std::string> open = {"name", "html", "title"};
  json fixed = kModel;
  for (const auto& name : open) fixed.erase(name);
  const std::array<std::string_view, 3> values{kModel["name"].get_ref<const std::string&>(),
                                               kModel["html"].get_ref<const std::string&>(),
                                               kModel["title"].get_ref<const std::string&>()};
  for (const auto& c : kCases) {
    auto sources = kPartials;
    sources["page"] = c.source;
    const CompiledTemplates templates(sources);
    const std::array<const json*, 1> scopes{&fixed};
    std::string out = "<";
    templates.shell("page", scopes, open).fill(out, values);
    EXPECT_EQ(out, "<" + compiled(c.source)) << c.label;
  }
}

TEST(TemplateShell, TakesOtherValuesForTheSameHoles) {
  const CompiledTemplates templates(Sources{
      {"page", "<title>{{title}}</title>{{#title}}<h1>{{title}}</h1>{{/title}}{{{body}}}"}});
  const json fixed = json::object();
  const std::vector<std::string> open = {"title", "body"};
  const auto shell = templates.shell("page", std::array<const json*, 1>{&fixed}, open);
  for (const std::string_view title : {"A & B", "<i>"}) {
    std::string out;
    const std::array<std::string_view, 2> values{title, "<p>x</p>"};
    shell.fill(out, values);
    const json model{{"title", title}, {"body", "<p>x</p>"}};
    EXPECT_EQ(out, templates.render("page", model)) << title;
  }
}

// The model of a list of people, their texts given: markers or the real ones.
json people(const std::vector<std::string>& texts) {
  return {{"title", "Danh sách"},
          {"people", json::array({{{"name", texts[0]}, {"note", texts[1]}},
                                  {{"name", texts[2]}, {"note", texts[3]}}})},
          {"raw", texts[4]}};
}

std::vector<std::string> markers(const std::vector<std::string>& texts) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < texts.size(); ++i)
    out.push_back(texts[i].empty() ? "" : shell_marker(i));
  return out;
}

TEST(TemplateShell, MarkedTextsInNestedSectionsBecomeHoles) {
  const CompiledTemplates templates(Sources{
      {"page",
       "<h1>{{title}}</h1><ul>{{#people}}<li title=\"{{name}}\">{{name}}{{#note}} ({{note}})"
       "{{/note}}{{^note}} -{{/note}}</li>{{/people}}</ul>{{{raw}}}{{#raw}}{{.}}{{/raw}}"}});
  // Texts of one shape (the second note empty), escaped or not where the template says.
  const std::vector<std::vector<std::string>> requests = {
      {"An & Bình", "<b>", "Chi", "", "<i>x</i>"}, {"\"Dũng\"", "'n'", "E/F", "", "&amp;"}};
  const auto model = people(markers(requests.front()));
  const auto shell = templates.marked_shell("page", std::array<const json*, 1>{&model});
  ASSERT_TRUE(shell.has_value());
  for (const auto& texts : requests) {
    std::string out;
    const std::vector<std::string_view> values(texts.begin(), texts.end());
    shell->fill(out, values);
    EXPECT_EQ(out, templates.render("page", people(texts))) << texts[0];
  }
}

TEST(TemplateShell, AMarkerInsideALargerTextLeavesNoShell) {
  const CompiledTemplates templates(Sources{{"page", "<p>{{message}}</p><p>{{code}}</p>"}});
  const json model{{"message", "Không tìm thấy " + shell_marker(0)}, {"code", shell_marker(0)}};
  EXPECT_FALSE(templates.marked_shell("page", std::array<const json*, 1>{&model}).has_value());
  EXPECT_TRUE(holds_marker(model["message"].get<std::string>()));
  EXPECT_FALSE(holds_marker("Không tìm thấy"));
}

TEST(TemplateEngine, NamesReadIncludeSectionsAndPartials) {
  const CompiledTemplates templates(
      Sources{{"page", "{{a}}{{#b.c}}{{d}}{{.}}{{/b.c}}{{^e}}{{/e}}{{> part}}{{> page}}"},
              {"part", "{{{f}}}{{& g}}{{! h}}"}});
  EXPECT_EQ(templates.names_read("page"), (std::set<std::string>{"a", "b", "d", "e", "f", "g"}));
  EXPECT_TRUE(templates.names_read("none").empty());
}

TEST(TemplateEngine, APartialIncludingItselfStopsBeforeTheStack) {
  const CompiledTemplates templates(Sources{{"t", "<li>{{#c}}{{> t}}{{/c}}</li>"}});
  json model = {{"c", true}};
  EXPECT_THROW(templates.render("t", model), std::length_error);
}

}  // namespace
}  // namespace motcua::views

TEST(TemplateEngine, EscapingReplacesEachSpecialCharacterWhereverItStands) {
  const std::pair<std::string, std::string> cases[] = {
      {"", ""},
      {"Đức", "Đức"},
      {"&", "&amp;"},
      {"<<>>", "&lt;&lt;&gt;&gt;"},
      {"a/b'c\"d", "a&#x2F;b&#39;c&quot;d"},
      {"&x&", "&amp;x&amp;"},
  };
  for (const auto& [text, escaped] : cases) {
    std::string out = "[";
    motcua::views::append_escaped(out, text);
    EXPECT_EQ(out, "[" + escaped) << text;
  }
}
