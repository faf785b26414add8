// The citizen's eSign signature of their declaration before filing (requirements P8): the owner
// signs a draft; the owner and the officials read what the signature covers and whether it checks.
#include "app/declaration_signing.hpp"
#include "core/time.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json signature_json(const app::DeclarationSignature& signature) {
  return {{"sha256", signature.sha256},
          {"signer_id_number", signature.signer_id_number},
          {"signer_name", signature.signer_name},
          {"signed_at", core::format_iso(signature.signed_at)},
          {"signature", signature.signature.signature},
          {"certificate", json::parse(signature.signature.certificate, nullptr, false)}};
}

Response sign(WebContext& context, Request& request, Caller& caller) {
  const auto id = id_param(request, "id", "dossier");
  auto result =
      signature_json(app::DeclarationSigning(context.services).sign(signed_in(caller), id));
  result["signed"] = true;
  result["covers"] = true;
  result["valid"] = true;
  return created(result);
}

Response state(WebContext& context, Request& request, Caller& caller) {
  const auto state =
      app::DeclarationSigning(context.services).state(signed_in(caller), request.param("id"));
  json result = state.signature ? signature_json(*state.signature) : json::object();
  result["signed"] = state.signature.has_value();
  result["covers"] = state.covers;
  result["valid"] = state.valid;
  return ok(result);
}

}  // namespace

void register_declaration_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/dossiers/{id}/signature", sign);
  add_route(router, context, Method::get, "/api/v1/dossiers/{id}/signature", state);
}

}  // namespace motcua::web::api
