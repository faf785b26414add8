// The standard forms of a dossier as PDF (API.md "Printouts"): Circular 03/2025/TT-VPCP numbering,
// or Circular 01/2018/TT-VPCP's with ?numbering=2018.
#include <map>

#include "app/dossier_printouts.hpp"
#include "app/errors.hpp"
#include "web/api/api_support.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

using app::Printout;

// 01 is the issued receipt; the others are drawn from the action that issued them.
std::optional<Printout> form_numbered(const std::string& file, bool numbering_2018) {
  static const std::map<std::string, Printout> k2025{
      {"01.pdf", Printout::form_01}, {"02.pdf", Printout::form_02}, {"03.pdf", Printout::form_03},
      {"04.pdf", Printout::form_04}, {"05.pdf", Printout::form_05}, {"06.pdf", Printout::form_06}};
  // Circular 01/2018: 04 the apology, 05 the control sheet; it had no notice of stopping.
  static const std::map<std::string, Printout> k2018{{"01.pdf", Printout::form_01},
                                                     {"02.pdf", Printout::form_02},
                                                     {"03.pdf", Printout::form_03},
                                                     {"04.pdf", Printout::form_04},
                                                     {"05.pdf", Printout::form_06}};
  const auto& table = numbering_2018 ? k2018 : k2025;
  const auto found = table.find(file);
  if (found == table.end()) return std::nullopt;
  return found->second;
}

Response form(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto numbering = text_query(request, "numbering");
  if (!numbering.empty() && numbering != "2018" && numbering != "2025")
    app::throw_invalid({{"numbering", "error.option"}});
  const auto file = request.param("file");
  const auto printout = form_numbered(file, numbering == "2018");
  if (!printout) app::throw_not_found("form");
  const auto code = request.param("code");
  app::DossierPrintouts printouts(context.services);
  auto bytes = *printout == Printout::form_01
                   ? printouts.form_01(who, code)
                   : printouts.notice(who, code, *printout, caller.lang, numbering == "2018");
  return pdf_response(std::move(bytes), "mau-" + file.substr(0, 2) + "-" + code + ".pdf");
}

}  // namespace

void register_printout_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}/forms/{file}", form);
}

}  // namespace motcua::web::api
