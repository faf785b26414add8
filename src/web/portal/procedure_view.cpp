// The procedure page's model: every part of a national procedure record (requirements P3), its
// level (P2) and a step-by-step guide (P17).
#include <string>

#include "web/json_views.hpp"
#include "web/portal/catalog_view.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

// Online filing as the portal walks a citizen through it; {required} and {days} are filled in.
constexpr const char* kOnlineGuide[] = {"catalog.guide.sign_in",   "catalog.guide.form",
                                        "catalog.guide.documents", "catalog.guide.review",
                                        "catalog.guide.track",     "catalog.guide.result"};

json numbered(const std::vector<std::string>& texts) {
  json out = json::array();
  int number = 0;
  for (const auto& text : texts) out.push_back({{"number", ++number}, {"text", text}});
  return out;
}

json online_guide(const views::Translations& t, const std::string& lang,
                  const core::Procedure& procedure) {
  if (procedure.level == core::ServiceLevel::truc_tiep) return json::array();
  int required = 0;
  for (const auto& component : procedure.components) required += component.required ? 1 : 0;
  const std::map<std::string, std::string> params{
      {"required", std::to_string(required)},
      {"days", std::to_string(procedure.duration_working_days)}};
  std::vector<std::string> steps;
  for (const char* key : kOnlineGuide) steps.push_back(t.format(lang, key, params));
  return numbered(steps);
}

void add_fees(const views::Translations& t, const std::string& lang, json& view) {
  for (auto& fee : view["fees"]) {
    const auto amount = fee.value("amount_vnd", 0LL);
    // A fee listed at 0 is one the law waives (e.g. Decree 123/2015 Art 11 for timely birth
    // registration): say so rather than print "0 đ".
    fee["amount_display"] = amount == 0 ? t.text(lang, "catalog.fee_free") : display_money(amount);
  }
}

// The page's sections that have content, in page order, for the contents list.
json contents(const views::Translations& t, const std::string& lang, const json& view) {
  json out = json::array();
  auto add = [&](const char* id, const char* key, bool present) {
    if (present) out.push_back({{"id", id}, {"label", t.text(lang, key)}});
  };
  add("huong-dan", "catalog.guide.heading", !view["online_guide"].empty());
  add("trinh-tu", "procedure.steps", view["has_steps"].get<bool>());
  add("cach-thuc", "procedure.channels", view["has_channels"].get<bool>());
  add("thanh-phan", "procedure.components", view["has_components"].get<bool>());
  add("phi-le-phi", "procedure.fees", true);
  add("yeu-cau", "procedure.conditions", !view["conditions"].get<std::string>().empty());
  add("can-cu", "procedure.legal_basis", !view["legal_basis"].get<std::string>().empty());
  return out;
}

}  // namespace

json procedure_page_view(const views::Translations& translations, const std::string& lang,
                         const core::Procedure& procedure) {
  auto view = procedure_detail_json(procedure);
  const std::string level(core::service_level_name(procedure.level));
  view["level_label"] = translations.text(lang, "level." + level);
  view["level_help"] = translations.text(lang, "catalog.level_help." + level);
  view["audience_label"] = translations.text(
      lang, "catalog.audience." + std::string(core::audience_name(procedure.audience)));
  view["duration_text"] = translations.format(
      lang, "catalog.duration_days", {{"days", std::to_string(procedure.duration_working_days)}});
  if (procedure.result_validity_months > 0)
    view["validity_text"] =
        translations.format(lang, "procedure.validity_months",
                            {{"months", std::to_string(procedure.result_validity_months)}});
  add_fees(translations, lang, view);
  view["has_fees"] = !procedure.fees.empty();
  view["has_steps"] = !procedure.steps.empty();
  view["has_channels"] = !procedure.channels.empty();
  view["has_components"] = !procedure.components.empty();
  view["guide"] = numbered(procedure.steps);
  view["online_guide"] = online_guide(translations, lang, procedure);
  view["has_online_guide"] = !view["online_guide"].empty();
  view["contents"] = contents(translations, lang, view);
  return view;
}

}  // namespace motcua::web
