// Counter and postal intake at the desk (requirements §2.1, API.md "Counter and postal intake"):
// the official picks the procedure, records the applicant and fills the e-form from the paper; the
// dossier is received at once and its page offers form 01 to print.
#include <set>

#include "app/admin_units.hpp"
#include "app/catalog.hpp"
#include "app/counter_intake.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/backoffice/procedure_choices.hpp"
#include "web/pages/form_view.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/account_fields.hpp"
#include "web/responses.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kIntakePage = "/mot-cua/tiep-nhan";

struct ApplicantField {
  const char* name;  // posted as "applicant.<name>"
  const char* type;
  const char* autocomplete;
  bool required;
};

constexpr ApplicantField kApplicantFields[] = {
    {"full_name", "text", "name", true},
    {"id_number", "text", "off", true},
    {"phone", "tel", "tel", false},
    {"email", "email", "email", false},
    {"address", "text", "street-address", false},
};

const app::Principal& desk(const PageRequest& page) {
  const auto& who = official(page);
  if (!who.user.has_role(core::Role::reception)) app::throw_forbidden();
  return who;
}

json applicant_view(const PageRequest& page, const FieldMessages& messages) {
  json fields = json::array();
  for (const auto& f : kApplicantFields) {
    const std::string name = std::string("applicant.") + f.name;
    FieldMessages renamed;
    if (auto found = messages.find(name); found != messages.end()) renamed[name] = found->second;
    auto view =
        portal::input_view(page, name, f.type, f.autocomplete, "", page.field(name), renamed);
    // Posted as "applicant.x", drawn as "f-applicant-x" like every key the error summary links.
    const auto id = field_dom_id(name);
    view["id"] = id;
    view["describedby"] = view["has_error"].get<bool>() ? id + "-error" : "";
    view["label"] = page.text("bo.intake." + std::string(f.name));
    view["required"] = f.required;
    fields.push_back(std::move(view));
  }
  return fields;
}

Response intake_form(PageRequest& page, const std::string& code, const json& answers,
                     const FieldMessages& messages, int status) {
  desk(page);
  json model{{"title", page.text("bo.intake.title")},
             {"nav", "backoffice"},
             {"csrf", page.csrf_token()},
             {"procedures", procedure_options(page, code)},
             {"has_errors", !messages.empty()}};
  if (!code.empty()) {
    const auto procedure = app::Catalog(page.context.services).get(code);
    const auto choices = app::AdminUnits(page.context.services)
                             .choices(app::chosen_provinces(procedure.form, answers));
    const FormExtras extras{&choices, {}};
    model["procedure"] = {{"code", procedure.code}, {"name", procedure.name}};
    model["applicant"] = applicant_view(page, messages);
    model["post"] = page.field("channel") == "post";
    model["messages_json"] = eform_client_messages(page.context.translations, page.lang());
    model["fields"] = form_fields_view(page.context.translations, page.lang(), procedure.form,
                                       answers, messages, extras);
    model["errors"] =
        error_summary_view(page.context.translations, page.lang(), procedure.form, {}, messages);
  }
  return render_page(page, "backoffice/intake", std::move(model), status);
}

Response show(PageRequest& page) {
  const auto code = page.http.query_or("thu-tuc", "");
  return intake_form(page, code, json::object(), {}, 200);
}

Response take(PageRequest& page) {
  const auto& who = desk(page);
  const auto code = page.field("procedure_code");
  const auto procedure = app::Catalog(page.context.services).get(code);
  app::IntakeInput input;
  input.procedure_code = code;
  input.channel = page.field("channel") == "post" ? core::Channel::post : core::Channel::counter;
  input.full_name = page.field("applicant.full_name");
  input.applicant = {page.field("applicant.id_number"), page.field("applicant.phone"),
                     page.field("applicant.email"), page.field("applicant.address")};
  input.form = posted_answers(procedure.form, page.form.fields);
  try {
    const auto dossier = app::CounterIntake(page.context.services).take(who, input);
    return see_other("/mot-cua/ho-so/" + dossier.code + "?xong=intake");
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return intake_form(page, code, input.form, field_messages(page, error), 400);
  }
}

}  // namespace

void register_intake_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kIntakePage, show);
  add_page(router, context, Method::post, kIntakePage, take);
}

}  // namespace motcua::web::backoffice
